/** French UI strings, typed to the English shape so a missing or extra key fails `tsc`. */
import type { Messages } from './en.ts';

export const fr: Messages = {
  app: {
    name: 'Vis-à-vis',
    tagline: 'Le français et l’anglais, face à face, sur votre propre machine',
    language: 'Langue de l’interface',
    layout: 'Disposition',
    sideBySide: 'Côte à côte',
    interleaved: 'Entrelacé',
    newText: 'Nouveau texte',
  },
  input: {
    label: 'Article en français',
    placeholder: 'Collez un article en français ici, ou déposez un fichier .txt ou .html…',
    drop: 'Déposez le fichier pour le lire',
    translate: 'Lire avec l’anglais',
    chars: '{{count}} caractères',
    fileError: 'Impossible de lire {{name}} : {{message}}',
    notText: '{{name}} n’est pas un fichier texte. Déposez un fichier .txt ou .html.',
    privacy: 'Rien ne quitte cet ordinateur : le modèle de traduction tourne ici.',
  },
  reader: {
    french: 'Français',
    english: 'English',
    progress: 'Traduction : {{done}} phrases sur {{total}}',
    done: '{{total}} phrases traduites en {{seconds}} s',
    pending: 'traduction…',
    untranslated: 'pas de traduction',
    keys: 'Survolez ou sélectionnez une phrase pour voir sa traduction. Naviguez avec ↑ ↓ ou j k.',
    sentence: 'Phrase {{n}}',
  },
  model: {
    missingTitle: 'Le modèle de traduction n’est pas installé.',
    missingBody: 'Vous pouvez lire le français découpé en phrases. Pour traduire, lancez ceci dans le dossier du projet, puis redémarrez le serveur :',
    downloading: 'Téléchargement du modèle de traduction…',
    downloadLabel: 'Téléchargement du modèle de traduction',
    downloadShare: '{{percent}} ({{received}} sur {{total}})',
    downloadReceived: '{{received}} reçus',
    downloadHint: 'La traduction démarrera d’elle-même à la fin. En attendant, vous pouvez lire le français découpé en phrases.',
    loading: 'Chargement du modèle de traduction…',
    error: 'Le modèle de traduction n’a pas pu être chargé : {{message}}',
  },
  errors: {
    network: 'Le serveur ne répond pas. Tourne-t-il encore ?',
    generic: 'Une erreur est survenue : {{message}}',
  },
  kinds: {
    title: 'Titre',
    byline: 'Signature',
    dateline: 'Date',
    heading: 'Intertitre',
    caption: 'Légende',
    credit: 'Crédit',
    body: 'Paragraphe',
    aside: 'Encadré',
  },
};
