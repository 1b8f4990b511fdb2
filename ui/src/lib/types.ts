// Model, report and check types come from the Rust types through ts-rs: ./bindings is written
// by the bindings tests (`UPDATE_BINDINGS=1`, see tests/it/bindings.rs), never by hand. This
// file only re-exports them so that components import from one place.
export type { Event } from './bindings/Event';
export type { EventData } from './bindings/EventData';
export type { EventSummary } from './bindings/EventSummary';
export type { Venue } from './bindings/Venue';
export type { VenueData } from './bindings/VenueData';
export type { Room } from './bindings/Room';
export type { RoomData } from './bindings/RoomData';
export type { OpeningHours } from './bindings/OpeningHours';
export type { Session } from './bindings/Session';
export type { SessionData } from './bindings/SessionData';
export type { SessionItem } from './bindings/SessionItem';
export type { SessionKind } from './bindings/SessionKind';
export type { SessionStatus } from './bindings/SessionStatus';
export type { Participation } from './bindings/Participation';
export type { Role } from './bindings/Role';
export type { RoleAssignment } from './bindings/RoleAssignment';
export type { Person } from './bindings/Person';
export type { PersonData } from './bindings/PersonData';
export type { Availability } from './bindings/Availability';
export type { Vocabulary } from './bindings/Vocabulary';
export type { Term } from './bindings/Term';
export type { Selection } from './bindings/Selection';
export type { Schedule } from './bindings/Schedule';
export type { Link } from './bindings/Link';
export type { ErrorKind } from './bindings/ErrorKind';
export type { Upsert } from './bindings/Upsert';
export type { ImportReport } from './bindings/ImportReport';
export type { Finding } from './bindings/Finding';
export type { Severity } from './bindings/Severity';
export type { Rule } from './bindings/Rule';
export type { Slot } from './bindings/Slot';
export type { SlotRequest } from './bindings/SlotRequest';

import type { SessionKind as Kind } from './bindings/SessionKind';
import type { Role as RoleName } from './bindings/Role';
import type { Participation as Part } from './bindings/Participation';
import type { SessionStatus as Status } from './bindings/SessionStatus';

// The variant lists of the Rust enums (SessionKind::ALL, Role::ALL), in the same order, for
// pickers. Only the order is written here: `satisfies` refuses a value the binding lacks and
// `complete` below a variant the list lacks, so `npm run check` catches drift.
export const SESSION_KINDS = [
  'keynote', 'panel', 'presentation', 'workshop', 'interactive_session', 'plenary',
  'networking', 'break', 'meal', 'ceremony', 'social', 'other',
] as const satisfies readonly Kind[];
export const ROLES = [
  'moderator', 'master_of_ceremonies', 'chair', 'keynote_speaker', 'speaker', 'panellist',
  'presenter', 'rapporteur', 'organiser_contact',
] as const satisfies readonly RoleName[];
export const PARTICIPATIONS = ['on_site', 'remote', 'hybrid'] as const satisfies readonly Part[];
export const STATUSES = ['draft', 'confirmed', 'cancelled'] as const satisfies readonly Status[];

/** `true` only when `List` names every member of `Union`. */
type Covers<Union, List extends readonly unknown[]> = [Exclude<Union, List[number]>] extends [never] ? true : false;
const complete: [
  Covers<Kind, typeof SESSION_KINDS>,
  Covers<RoleName, typeof ROLES>,
  Covers<Part, typeof PARTICIPATIONS>,
  Covers<Status, typeof STATUSES>,
] = [true, true, true, true];
void complete;
