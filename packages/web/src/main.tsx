import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { i18nReady } from './app/i18n.ts';

// The first language's catalogs come in their own chunk: render once they are there (no untranslated flash).
void i18nReady.then(() => createRoot(document.getElementById('root')!).render(<App />));
