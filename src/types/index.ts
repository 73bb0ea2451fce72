export type * from './options';
export type * from './response';
export type * from './report';
export type * from './bill';
