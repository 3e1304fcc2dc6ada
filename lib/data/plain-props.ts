/**
 * Props as JSON carries them: `getStaticProps` refuses `undefined` values, which optional fields of the
 * page models hold. The models are plain data (strings, numbers, arrays, objects), so nothing else changes.
 */
export function plainProps<T>(props: T): T {
  return JSON.parse(JSON.stringify(props)) as T;
}
