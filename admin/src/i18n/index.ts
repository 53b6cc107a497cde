import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'ra-core';
import zhCN from './zh-CN';
import { appMessagesEn, appMessagesZh } from './app-messages';
import type { SchemaModel } from '../schema/model';
import { LOCALES, setCurrentLocale } from './locale';

/** resources.<resource>.name / .fields.<field>, and enums.<Enum>.<VALUE>, from the schema model. */
export function schemaMessages(model: SchemaModel | null, locale: 'zh' | 'en') {
  const resources: Record<string, any> = {};
  const enums: Record<string, Record<string, string>> = {};
  if (!model) return { resources, enums };
  for (const e of model.entities) {
    const fields: Record<string, string> = {};
    for (const f of e.fields) fields[f.name] = f.label[locale];
    for (const i of [...(e.create?.inputs ?? []), ...(e.update?.inputs ?? [])]) fields[i.name] ??= i.label[locale];
    for (const f of e.filters) {
      fields[f.name] ??= f.label[locale];
      const range = locale === 'zh' ? ['（起）', '（止）'] : [' from', ' to'];
      fields[`${f.name}__gte`] = f.label[locale] + range[0];
      fields[`${f.name}__lte`] = f.label[locale] + range[1];
    }
    const name = locale === 'zh' ? e.label.zh : `${e.label.en} |||| ${e.label.enPlural}`;
    resources[e.resource] = { name, fields };
  }
  for (const en of model.enums.values()) {
    enums[en.name] = Object.fromEntries(en.values.map((v) => [v.value, v.label[locale]]));
  }
  return { resources, enums };
}

function merge(...parts: Record<string, any>[]): TranslationMessages {
  const out: Record<string, any> = {};
  const put = (target: Record<string, any>, src: Record<string, any>) => {
    for (const [k, v] of Object.entries(src)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) put((target[k] ??= {}), v);
      else target[k] = v;
    }
  };
  for (const p of parts) put(out, p);
  return out as TranslationMessages;
}

export function buildI18nProvider(model: SchemaModel | null): I18nProvider {
  const messages: Record<string, TranslationMessages> = {
    zh: merge(zhCN, { app: appMessagesZh }, schemaMessages(model, 'zh')),
    en: merge(englishMessages, { app: appMessagesEn }, schemaMessages(model, 'en')),
  };
  const stored = (() => {
    try {
      const raw = localStorage.getItem('RaStore.locale');
      return raw ? JSON.parse(raw) : undefined;
    } catch { return undefined; }
  })();
  const initial = stored === 'en' ? 'en' : 'zh';
  setCurrentLocale(initial);
  const provider = polyglotI18nProvider((locale) => messages[locale] ?? messages.zh, initial, LOCALES, { allowMissing: true });
  return {
    ...provider,
    changeLocale: (locale: string, options?: any) => {
      setCurrentLocale(locale);
      return provider.changeLocale(locale, options);
    },
  };
}

/** For screens outside <Admin> (the sign-in page). */
export function plainTranslate(locale: 'zh' | 'en', key: string): string {
  const src: any = locale === 'en' ? { app: appMessagesEn } : { app: appMessagesZh };
  const v = key.split('.').reduce((acc, k) => (acc && typeof acc === 'object' ? acc[k] : undefined), src);
  return typeof v === 'string' ? v : key;
}
