/**
 * Photos: files stored by content hash, the upload checks every photo goes through, and a case's
 * photos over HTTP.
 *
 * <p>{@link cn.luodian.api.photos.PhotoFiles} keeps files outside the database, named by the SHA-256
 * of their content under {@code <data-dir>/photos} (never by a client-given name).
 * {@link cn.luodian.api.photos.ImageType} recognises JPEG, PNG and WebP by their first bytes.
 * {@link cn.luodian.api.photos.PhotoUploads} holds every upload (a case's, an exposure entry's, a
 * rectification's after photo, a follow-up's) to one size limit
 * ({@link cn.luodian.api.photos.PhotoSettings}) and passes it through the one image gate,
 * {@link cn.luodian.api.photos.SafeImages}: header size limits before decoding, a full decode that
 * refuses truncated files, web-page polyglots and WebP (no decoder on this JDK), and a re-encoded
 * copy without metadata ({@link cn.luodian.api.photos.ExifOrientation} turns the pixels as the
 * EXIF said), which it stores, answering a
 * {@link cn.luodian.api.photos.PhotoRef} (hash + type), which the exposure list also uses for its
 * maps. {@link cn.luodian.api.photos.Photo} is a case's photo at a stage (before, progress, after:
 * 整治前后对比), kept in {@code case_photo}; other packages record and read them through the face
 * {@link cn.luodian.api.photos.CasePhotos};
 * {@link cn.luodian.api.photos.PhotoController} serves {@code /api/v1/cases/{id}/photos} to those
 * who may see the case.
 *
 * <p>Must not depend on exposure, tiles or demo; the file store and upload checks need nothing from
 * cases.
 */
package cn.luodian.api.photos;
