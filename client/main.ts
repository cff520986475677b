import './i18n.ts';
import './components/visavis-app.ts';
