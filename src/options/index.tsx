/**
 * The options page's entry: mounts `OptionsApp`.
 */
import { render } from 'preact';
import { THEME_CSS } from '../ui/theme';
import { OptionsApp } from './OptionsApp';

const style = document.createElement('style');
style.textContent = THEME_CSS;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
