/** A configuration value the store cannot start with; the message names the variable. */
export class ConfigError extends Error {}
