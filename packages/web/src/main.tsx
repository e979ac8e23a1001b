import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './app/i18n.ts';

createRoot(document.getElementById('root')!).render(<App />);
