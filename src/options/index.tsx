/**
 * The options page's entry: mounts `OptionsApp`.
 */
import { render } from 'preact';
import { PAGE_CSS } from '../ui/page-css';
import { OptionsApp } from './OptionsApp';

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
