// The cloud's id and English name in one place: the descriptor and the credential importers both
// read them (the importers cannot import the descriptor, which imports them).

/** Provider id of Huawei Cloud, as stored in account metadata. */
export const HUAWEICLOUD_ID = 'huaweicloud';

/** English display name; also the l10n key hosts translate. */
export const HUAWEICLOUD_NAME = 'Huawei Cloud';
