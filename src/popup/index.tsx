/**
 * The toolbar popup's entry: mounts `PopupApp` with the packs from storage and the current tab.
 */
import { render } from 'preact';
import { THEME_CSS } from '../ui/theme';
import { PopupApp } from './PopupApp';

const style = document.createElement('style');
style.textContent = THEME_CSS;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
