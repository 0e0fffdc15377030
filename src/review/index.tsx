/**
 * The review page's entry: mounts `ReviewApp` with the extension pages' stylesheet and its own.
 */
import { render } from 'preact';
import { PAGE_CSS } from '../ui/page-css';
import { REVIEW_CSS } from './review-css';
import { ReviewApp } from './ReviewApp';

const style = document.createElement('style');
style.textContent = `${PAGE_CSS}\n${REVIEW_CSS}`;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<ReviewApp />, root);
