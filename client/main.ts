import { adoptTokens } from './styles/tokens.ts';
import './i18n.ts';
import './components/visavis-app.ts';

adoptTokens();
