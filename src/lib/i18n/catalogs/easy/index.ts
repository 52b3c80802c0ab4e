/** The easy edition's catalog: every area's messages in one object (keys are prefixed by their area). */
import { shell } from './shell.ts';
import { common } from './common.ts';
import { home } from './home.ts';
import { fy2024 } from './fy2024.ts';
import { y2013 } from './y2013.ts';
import { glossary } from './glossary.ts';
import { search } from './search.ts';
import { data } from './data.ts';
import { prose } from './prose.ts';
import { share } from './share.ts';

export const easy = {
  ...shell,
  ...common,
  ...home,
  ...fy2024,
  ...y2013,
  ...glossary,
  ...search,
  ...data,
  ...prose,
  ...share,
};
