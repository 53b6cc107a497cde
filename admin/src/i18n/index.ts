import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'ra-core';
import zhCN from './zh-CN';
import { appMessagesEn, appMessagesZh } from './app-messages';
import type { SchemaModel } from '../schema/model';
import { LOCALES, setCurrentLocale } from './locale';
import { asRow } from '../data/row';

/** resources.<resource>.name / .fields.<field>, and enums.<Enum>.<VALUE>, from the schema model. */
export function schemaMessages(model: SchemaModel | null, locale: 'zh' | 'en') {
  const resources: Record<string, { name: string; fields: Record<string, string> }> = {};
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

/** Nested message objects, as react-admin's translation messages are. */
interface MessageTree {
  [key: string]: unknown;
}

function merge(...parts: object[]): TranslationMessages {
  const out: MessageTree = {};
  const put = (target: MessageTree, src: object) => {
    for (const [k, v] of Object.entries(src)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const sub = asRow(target[k]) ?? {};
        target[k] = sub;
        put(sub, v);
      } else target[k] = v;
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
    } catch {
      return undefined;
    }
  })();
  const initial = stored === 'en' ? 'en' : 'zh';
  setCurrentLocale(initial);
  const provider = polyglotI18nProvider((locale) => messages[locale] ?? messages.zh, initial, LOCALES, { allowMissing: true });
  return {
    ...provider,
    changeLocale: (locale: string, options?: unknown) => {
      setCurrentLocale(locale);
      return provider.changeLocale(locale, options);
    },
  };
}

/** For screens outside <Admin> (the sign-in page). */
export function plainTranslate(locale: 'zh' | 'en', key: string): string {
  const src = locale === 'en' ? { app: appMessagesEn } : { app: appMessagesZh };
  const v = key.split('.').reduce<unknown>((acc, k) => asRow(acc)?.[k], src);
  return typeof v === 'string' ? v : key;
}
