/**
 * Wire shapes shared by several OSM v2 operations (snake_case, exactly as on the wire).
 * The documentation is loose about types (numbers shown as strings and vice versa, 1/0 for booleans,
 * objects where arrays are declared), so fields that are known to vary are typed as unions and read
 * through the tolerant readers in ../wire-readers.ts.
 */

/** A value documented as one scalar type but seen on the wire as another. */
export type LooseNumber = number | string;
export type LooseBoolean = boolean | number | string;

/** `{error_code, error_msg}`: the body of most writes, and of every business error (HTTP 200!). */
export interface OsmErrorBody {
  error_code?: string | number | null;
  error_msg?: string | null;
  /** Only on API-gateway errors (APIGW.*). */
  request_id?: string;
}

/** Attachment reference inside a message. */
export interface AccessoryRef {
  accessory_id: string;
  file_actual_name: string;
}

/** CaseLabelInfo (5.9). */
export interface CaseLabelInfo {
  label_id: number;
  name: string;
  color: string;
}

/** IncidentSatisfactionV2Do (5.3.6, 5.3.8, detail). */
export interface IncidentSatisfaction {
  satisfaction_id: number;
  satisfaction_value: number;
  satisfaction_name?: string;
  sat_category_id?: string;
  sat_category_name?: string;
  parent_category_id?: string;
  instance_name?: string;
}

/** Query values as the client passes them: arrays become repeated keys on the wire. */
export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type QueryParams = Record<string, QueryValue>;
