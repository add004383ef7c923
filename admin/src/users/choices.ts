import { LANGUAGES } from '../../../api/src/domain/languages';
import { ROLES } from '../../../api/src/domain/roles';

/** Choices whose names are translation keys: react-admin translates them in selects and fields. */
export const roleChoices = ROLES.map((id) => ({ id, name: `traject.roles.${id}` }));

export const languageChoices = LANGUAGES.map((id) => ({ id, name: `traject.languages.${id}` }));

export const PASSWORD_MIN_LENGTH = 12;
