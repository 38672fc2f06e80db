import { render } from 'preact';
import '@/src/options/options.css';
import { OptionsApp } from '@/src/options/OptionsApp';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
