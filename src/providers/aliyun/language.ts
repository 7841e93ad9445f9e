/** Picks the API `Language` value from a locale string (e.g. VS Code's display language), spec §10.2. */
import type { AliyunLanguage } from './wire/types';

/** `zh*` → `zh`, `ja*` → `jp`, anything else → `en`. */
export function languageFromLocale(locale: string | undefined): AliyunLanguage {
  const lower = (locale ?? '').toLowerCase();
  if (lower.startsWith('zh')) {
    return 'zh';
  }
  if (lower.startsWith('ja')) {
    return 'jp';
  }
  return 'en';
}

/** 2021 ListCategories only knows `zh` and `en`. */
export function categoryLanguage(language: AliyunLanguage): 'zh' | 'en' {
  return language === 'zh' ? 'zh' : 'en';
}
