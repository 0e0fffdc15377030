/**
 * The toolbar popup's entry: mounts `PopupApp` with the extension pages' stylesheet.
 */
import { render } from 'preact';
import { PAGE_CSS } from '../ui/page-css';
import { PopupApp } from './PopupApp';

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
