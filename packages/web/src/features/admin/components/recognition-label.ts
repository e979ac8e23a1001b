import type { TRecognitionType } from '@vigilo/domain/contracts/admin.ts';

/** A recognition's name in the interface language (the platform administrator enters all three). */
export function recognitionLabel(type: TRecognitionType | undefined, language: string, code: string): string {
  if (!type) return code;
  return language === 'nl' ? type.labelNl : language === 'en' ? type.labelEn : type.labelFr;
}
