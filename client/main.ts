import { adoptTokens } from './styles/tokens.ts';
import { language } from './i18n.ts';
import './components/visavis-app.ts';

adoptTokens();
document.documentElement.lang = language();
