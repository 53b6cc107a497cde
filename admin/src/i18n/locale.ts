/** The active UI locale for code outside React (error texts built in the data provider). */
let current: 'zh' | 'en' = 'zh';
export const LOCALES = [
  { locale: 'zh', name: '简体中文' },
  { locale: 'en', name: 'English' },
];
export function currentLocale(): 'zh' | 'en' {
  return current;
}
export function setCurrentLocale(l: string) {
  current = l === 'en' ? 'en' : 'zh';
}

/**
 * Server messages are "中文 (English)". Show the part in the user's language; fall back to the
 * whole text.
 */
export function localizeServerMessage(message: string, locale = current): string {
  if (!message) return message;
  const m = message.match(/^(.*?[\u3400-\u9fff].*?)\s*[(（]([^()（）]*[A-Za-z][^()（）]*)[)）]\s*$/s);
  if (!m) return message;
  return locale === 'en' ? m[2].trim() : m[1].trim();
}
