// The components an article's MDX may use, without importing them.
export { default as Cause } from './Cause.astro';
export { default as Causes } from './Causes.astro';
export { default as Command } from './Command.astro';
export { default as ErrorMessage } from './ErrorMessage.astro';
export { default as Note } from './Note.astro';
export { default as Resolution } from './Resolution.astro';
export { default as Resolutions } from './Resolutions.astro';
export { default as Steps } from './Steps.astro';
export { default as Symptom } from './Symptom.astro';
export { default as Triage } from './Triage.astro';
export { default as Warning } from './Warning.astro';
