// The cloud's id and English name in one place: the descriptor and the credential importers both
// read them (the importers cannot import the descriptor, which imports them).

/** Provider id of Alibaba Cloud, as stored in account metadata. */
export const ALIYUN_ID = 'aliyun';

/** English display name; also the l10n key hosts translate. */
export const ALIYUN_NAME = 'Alibaba Cloud';
