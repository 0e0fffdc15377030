/**
 * The one argument parser of the commands in scripts/: a table of options, each with its help
 * text, over `node:util`'s `parseArgs`, so that every command answers `--help` and refuses a
 * mistyped option the same way.
 *
 * What runs when: a command calls `parseCommand` first, before it imports anything heavy
 * (esbuild, playwright-core, web-ext, TypeScript) or does any work, so that `--help` and a usage
 * error answer at once. `--help` (or `-h`) prints the usage to stdout and exits 0. An unknown
 * option, an option without its value, a value that is not one of its choices or fails its check,
 * or a wrong number of positional arguments prints one line naming the problem and the usage to
 * stderr and exits 2, the conventional code for a usage error, so that a script calling a command
 * can tell a typo from a failed run (exit 1).
 */
import { parseArgs } from 'node:util';

/**
 * One option of a command.
 * @typedef {object} OptionSpec
 * @property {'string' | 'boolean'} type Whether the option takes a value.
 * @property {string} help One line for `--help`: what the option does.
 * @property {string} [value] The value's name in the help (`N`, `DIR`); `VALUE` when not given.
 * @property {boolean} [multiple] Whether the option may be given more than once (values collected in order).
 * @property {string} [default] The value when the option is not given (string options only).
 * @property {readonly string[]} [choices] The only values allowed.
 * @property {(value: string) => string | undefined} [check] Says what is wrong with a value, or nothing when it is fine.
 */

/**
 * The parsed values of a command with options `O`: a boolean option is true or false, a string
 * option its value (undefined when not given and without a default), a `multiple` one a list.
 * @template {Record<string, OptionSpec>} O
 * @typedef {{ -readonly [K in keyof O]: O[K] extends { type: 'boolean' }
 *   ? boolean
 *   : O[K] extends { multiple: true }
 *     ? string[]
 *     : O[K] extends { default: string }
 *       ? string
 *       : string | undefined }} Values
 */

/**
 * A command's description, from which the help is written.
 * @template {Record<string, OptionSpec>} O
 * @typedef {object} CommandSpec
 * @property {string} name The name in error lines (`eval`, `eval:builder`).
 * @property {string} usage The synopsis after `usage: ` (`npm run eval -- DIR [--json] [--reasons]`).
 * @property {string} summary What the command does, in a sentence or two.
 * @property {O} options The options, by name without the dashes.
 * @property {{ name: string, min?: number, max?: number }} [positionals] The positional arguments: their name in
 *   messages (`DIR`) and how many it takes (none by default; `max` defaults to `min`).
 */

/**
 * Returns `command` as it is, typed: for a command kept in a constant (to pass to `usageError`
 * later), where a plain object would lose the literal option types that `Values` reads.
 * @template {Record<string, OptionSpec>} O
 * @param {CommandSpec<O>} command
 * @returns {CommandSpec<O>}
 */
export function defineCommand(command) {
  return command;
}

/** A usage error: its message is the one line printed above the usage. */
export class UsageError extends Error {}

/**
 * The help text of `command`: the usage line, the summary, and one line per option.
 * @template {Record<string, OptionSpec>} O
 * @param {CommandSpec<O>} command
 * @returns {string}
 */
export function usageOf(command) {
  /** @type {[string, string][]} */
  const rows = Object.entries(command.options).map(([name, spec]) => {
    const value = spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : '';
    const extra = [
      spec.choices ? `one of ${spec.choices.join(', ')}` : '',
      spec.default !== undefined ? `default ${spec.default}` : '',
      spec.multiple ? 'may be repeated' : '',
    ].filter(Boolean);
    return [`--${name}${value}`, `${spec.help}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`];
  });
  rows.push(['-h, --help', 'print this help and exit']);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    `usage: ${command.usage}`,
    '',
    command.summary,
    '',
    'options:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`),
  ].join('\n');
}

/**
 * Parses `argv` against `command` and returns the values and positionals; throws a `UsageError`
 * on anything the table does not allow. `--help` is returned as `help: true`.
 * @template {Record<string, OptionSpec>} O
 * @param {CommandSpec<O>} command
 * @param {readonly string[]} argv
 * @returns {{ help: boolean, values: Values<O>, positionals: string[] }}
 */
export function parseCommandLine(command, argv) {
  /** @type {Record<string, { type: 'string' | 'boolean', multiple?: boolean, short?: string }>} */
  const options = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = spec.multiple ? { type: spec.type, multiple: true } : { type: spec.type };
  }
  /** @type {{ values: Record<string, string | boolean | (string | boolean)[] | undefined>, positionals: string[] }} */
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  if (parsed.values.help === true) return { help: true, values: /** @type {Values<O>} */ ({}), positionals: parsed.positionals };
  /** @type {Record<string, unknown>} */
  const values = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const given = parsed.values[name];
    if (spec.type === 'boolean') {
      values[name] = given === true;
      continue;
    }
    const list = given === undefined ? [] : Array.isArray(given) ? given.map(String) : [String(given)];
    for (const value of list) {
      if (spec.choices && !spec.choices.includes(value))
        throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}, not "${value}"`);
      const problem = spec.check?.(value);
      if (problem) throw new UsageError(`--${name} ${problem}, not "${value}"`);
    }
    values[name] = spec.multiple ? list : (list[0] ?? spec.default);
  }
  const { name = 'argument', min = 0, max = min } = command.positionals ?? {};
  const count = parsed.positionals.length;
  if (count < min) throw new UsageError(`${name} is missing`);
  if (count > max)
    throw new UsageError(
      max === 0
        ? `unexpected argument "${parsed.positionals[0]}"`
        : `one ${name} at a time, not ${count}: "${parsed.positionals.join('" "')}"`,
    );
  return { help: false, values: /** @type {Values<O>} */ (values), positionals: parsed.positionals };
}

/**
 * One line for an error of `parseArgs`, whose messages run over several sentences with advice
 * about `--` that reads oddly here.
 * @param {unknown} error
 * @returns {string}
 */
function describeParseError(error) {
  const message = error instanceof Error ? error.message : String(error);
  const code = /** @type {{ code?: unknown }} */ (error).code;
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? message}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(message)) return `${option ?? 'an option'} needs a value`;
    if (/does not take an argument/.test(message)) return `${option ?? 'an option'} takes no value`;
  }
  return message.split('\n')[0] ?? message;
}

/**
 * Parses this process's arguments for `command`: prints the help and exits 0 on `--help`, prints
 * the problem and the usage and exits 2 on a usage error, else returns the values and positionals.
 * @template {Record<string, OptionSpec>} O
 * @param {CommandSpec<O>} command
 * @param {readonly string[]} [argv] The arguments (default: this process's, after the script's path).
 * @returns {{ values: Values<O>, positionals: string[] }}
 */
export function parseCommand(command, argv = process.argv.slice(2)) {
  try {
    const { help, values, positionals } = parseCommandLine(command, argv);
    if (help) {
      process.stdout.write(`${usageOf(command)}\n`);
      process.exit(0);
    }
    return { values, positionals };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    usageError(command, error.message);
  }
}

/**
 * Prints `message` as a usage error of `command`, then the usage, and exits 2: for a problem
 * with the arguments that only the command itself can see (a missing file, a value out of range).
 * @template {Record<string, OptionSpec>} O
 * @param {CommandSpec<O>} command
 * @param {string} message
 * @returns {never}
 */
export function usageError(command, message) {
  process.stderr.write(`${command.name}: ${message}\n\n${usageOf(command)}\n`);
  process.exit(2);
}

/**
 * A `check` for options that take a whole number of at least `least`.
 * @param {number} [least]
 * @returns {(value: string) => string | undefined}
 */
export function wholeNumber(least = 1) {
  return (value) => (/^\d+$/.test(value) && Number(value) >= least ? undefined : `must be a whole number of at least ${least}`);
}
