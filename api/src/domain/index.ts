// The domain core's words: languages, code labels and error messages (French, Dutch, English).
export * from './i18n/language';
export * from './i18n/format';
export * from './i18n/labels';
export * from './i18n/template';
export * from './messages';
export * from './import-reasons';
