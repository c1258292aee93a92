/**
 * A small validator for the analysis features a pack carries. Each schema takes
 * untrusted data and returns a fresh value of its type built only from known
 * keys (maps without a prototype), or throws a PackError that says where.
 * Corpus packs come from users' files; nothing in one may reach the analysers
 * unchecked.
 */
export class PackError extends Error {
  override name = 'PackError';
}

export type Schema<T> = (data: unknown, where: string) => T;

export type Infer<S> = S extends Schema<infer T> ? T : never;

export function text(maxChars: number): Schema<string> {
  return (data, where) => {
    if (typeof data !== 'string') throw new PackError(`${where} must be text`);
    if (data.length > maxChars) throw new PackError(`${where} is longer than ${maxChars} characters`);
    return data;
  };
}

export function num(options: { integer?: boolean; min?: number; max?: number } = {}): Schema<number> {
  const { integer = false, min = -Number.MAX_VALUE, max = Number.MAX_VALUE } = options;
  return (data, where) => {
    if (typeof data !== 'number' || !Number.isFinite(data)) throw new PackError(`${where} must be a number`);
    if (integer && !Number.isInteger(data)) throw new PackError(`${where} must be a whole number`);
    if (data < min || data > max) throw new PackError(`${where} must be between ${min} and ${max}`);
    return data;
  };
}

export const bool: Schema<boolean> = (data, where) => {
  if (typeof data !== 'boolean') throw new PackError(`${where} must be true or false`);
  return data;
};

export function oneOf<const T extends readonly (string | number)[]>(...values: T): Schema<T[number]> {
  return (data, where) => {
    if (!values.includes(data as T[number])) throw new PackError(`${where} must be one of ${values.join(', ')}`);
    return data as T[number];
  };
}

export function list<T>(item: Schema<T>, maxItems: number): Schema<T[]> {
  return (data, where) => {
    if (!Array.isArray(data)) throw new PackError(`${where} must be a list`);
    if (data.length > maxItems) throw new PackError(`${where} has more than ${maxItems} entries`);
    return data.map((entry, i) => item(entry, `${where}[${i}]`));
  };
}

/** A map from any key to one kind of value, rebuilt without a prototype. */
export function map<T>(value: Schema<T>, maxKeys: number, key: Schema<string> = text(300)): Schema<Record<string, T>> {
  return (data, where) => {
    const source = plainObject(data, where);
    const keys = Object.keys(source);
    if (keys.length > maxKeys) throw new PackError(`${where} has more than ${maxKeys} entries`);
    const result: Record<string, T> = Object.create(null);
    for (const k of keys) result[key(k, `${where} key`)] = value(source[k], `${where}.${k}`);
    return result;
  };
}

type Fields = Record<string, Schema<unknown>>;
type Optional<T> = Schema<T> & { optional: true };

export function optional<T>(schema: Schema<T>): Optional<T> {
  const wrapped = ((data: unknown, where: string) => schema(data, where)) as Optional<T>;
  wrapped.optional = true;
  return wrapped;
}

type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends Optional<unknown> ? never : K }[keyof F];
type OptionalKeys<F extends Fields> = Exclude<keyof F, RequiredKeys<F>>;
export type ObjectOf<F extends Fields> = { [K in RequiredKeys<F>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Infer<F[K]> };

/** An object with exactly these fields; unknown fields are dropped, absent optional ones stay absent. */
export function object<F extends Fields>(fields: F): Schema<ObjectOf<F>> {
  return (data, where) => {
    const source = plainObject(data, where);
    const result: Record<string, unknown> = {};
    for (const [name, schema] of Object.entries(fields)) {
      const value = Object.prototype.hasOwnProperty.call(source, name) ? source[name] : undefined;
      if (value === undefined) {
        if ((schema as Partial<Optional<unknown>>).optional) continue;
        throw new PackError(`${where}.${name} is missing`);
      }
      result[name] = schema(value, `${where}.${name}`);
    }
    return result as ObjectOf<F>;
  };
}

function plainObject(data: unknown, where: string): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new PackError(`${where} must be an object`);
  return data as Record<string, unknown>;
}
