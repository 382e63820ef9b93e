import { citationIn } from '@phoihop/shared/legal-citations';
import { useTranslation } from 'react-i18next';
import { isLanguage } from './i18n';

/** Legal citations ("Luật Khiếu nại 2011, Điều 28") in the UI's language. */
export function useCitation(): (citation: string) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  return (citation) => citationIn(language, citation);
}
