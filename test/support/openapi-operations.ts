import { Ajv, type ValidateFunction } from 'ajv';
import type { JsonSchema } from './json-schema-arbitrary';

type MediaTypes = Record<string, { schema?: JsonSchema }>;
type Parameter = {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
};
type OperationObject = {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: MediaTypes };
  responses?: Record<string, { content?: MediaTypes }>;
};
export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** One method on one path, as the document describes it. */
export type Operation = {
  method: string;
  path: string;
  parameters: Parameter[];
  body: { required: boolean; mediaType: string; schema: JsonSchema } | undefined;
  responses: Record<string, { content?: MediaTypes }>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => {
        const [mediaType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
        return {
          method,
          path,
          parameters: operation.parameters ?? [],
          body:
            mediaType === undefined
              ? undefined
              : {
                  required: operation.requestBody?.required === true,
                  mediaType,
                  schema: media?.schema ?? {},
                },
          responses: operation.responses ?? {},
        };
      }),
  );
}

export type ObservedResponse = {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
};

/**
 * Judges a response against the document the way schemathesis's default checks do: no server
 * error, a status the operation documents, and for that status a documented content type and a
 * body valid against its schema. Returns what is wrong, or nothing.
 */
export function responseChecker(document: OpenApiDocument) {
  // `nullable` is OpenAPI 3.0's and Ajv knows it; other OpenAPI words (description) are ignored.
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  ajv.addSchema({ components: document.components ?? {} }, 'openapi');
  const compiled = new WeakMap<JsonSchema, ValidateFunction>();
  const validatorOf = (schema: JsonSchema) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(withRefsInto(schema));
      compiled.set(schema, validate);
    }
    return validate;
  };

  return {
    accepts: (schema: JsonSchema, value: unknown): boolean => validatorOf(schema)(value),
    problemsWith: (operation: Operation, response: ObservedResponse): string[] => {
      const { statusCode } = response;
      if (statusCode >= 500) return [`server error ${statusCode}: ${response.body.slice(0, 300)}`];
      const documented =
        operation.responses[String(statusCode)] ??
        operation.responses[`${String(statusCode)[0] ?? ''}XX`] ??
        operation.responses['default'];
      if (!documented) {
        const listed = Object.keys(operation.responses).join(', ');
        return [
          `status ${statusCode} is not documented (documented: ${listed}): ${response.body.slice(0, 300)}`,
        ];
      }
      const content = documented.content;
      if (!content || Object.keys(content).length === 0) return [];
      const header = response.headers['content-type'];
      const mediaType = String(Array.isArray(header) ? header[0] : (header ?? ''))
        .split(';')[0]
        ?.trim()
        .toLowerCase();
      const media = mediaType === undefined ? undefined : content[mediaType];
      if (!media) {
        return [
          `status ${statusCode} came as "${mediaType ?? ''}", documented: ${Object.keys(content).join(', ')}`,
        ];
      }
      if (!media.schema || !mediaType?.endsWith('json')) return [];
      let body: unknown;
      try {
        body = JSON.parse(response.body);
      } catch {
        return [`status ${statusCode} body is not JSON: ${response.body.slice(0, 200)}`];
      }
      const validate = validatorOf(media.schema);
      if (validate(body)) return [];
      const errors = (validate.errors ?? [])
        .slice(0, 3)
        .map(
          (error) =>
            `${error.instancePath || '/'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`,
        );
      return [`status ${statusCode} body does not match its schema: ${errors.join('; ')}`];
    },
  };
}

/** Local `#/components/...` refs, pointed at the document Ajv holds as "openapi". */
function withRefsInto(schema: JsonSchema): JsonSchema {
  return JSON.parse(
    JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"openapi#/'),
  ) as JsonSchema;
}

/** Every schema the document holds: parameters, request bodies, responses. */
export function schemasIn(document: OpenApiDocument): JsonSchema[] {
  return operationsOf(document).flatMap((operation) => [
    ...operation.parameters.flatMap((parameter) => (parameter.schema ? [parameter.schema] : [])),
    ...(operation.body ? [operation.body.schema] : []),
    ...Object.values(operation.responses).flatMap((response) =>
      Object.values(response.content ?? {}).flatMap((media) =>
        media.schema ? [media.schema] : [],
      ),
    ),
  ]);
}
