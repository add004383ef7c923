/**
 * The EMES rules and guidance are the API's own files (pure, import-free), bundled as they are:
 * one definition of the codes, and the form scores exactly as the server does.
 */
export * from '../../../api/src/domain/emes';
export {
  EMES_GUIDANCE,
  PILLAR_TITLES,
  type GuidanceLanguage,
  type IndicatorGuidance,
} from '../../../api/src/domain/emes-guidance';
