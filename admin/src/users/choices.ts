/** Choices whose names are translation keys: react-admin translates them in selects and fields. */
export const roleChoices = ['advisor', 'coordinator', 'manager', 'admin'].map((id) => ({ id, name: `traject.roles.${id}` }));

export const languageChoices = ['fr', 'nl', 'en'].map((id) => ({ id, name: `traject.languages.${id}` }));

export const PASSWORD_MIN_LENGTH = 12;
