// The imagegallery.v1 contract, generated (Protobuf-ES v2), with the services
// google.longrunning.Operations and the google.rpc error details; and the
// hand-written client: createImageGalleryClient (with pollers, pagers and the
// ids surface), the typed errors, resource names, waitOperation,
// watchReplication and uploadDisk.
export * from "./gen/imagegallery/v1/access_service_pb.js";
export * from "./gen/imagegallery/v1/common_pb.js";
export * from "./gen/imagegallery/v1/error_reason_pb.js";
export * from "./gen/imagegallery/v1/gallery_service_pb.js";
export * from "./gen/imagegallery/v1/gallery_sharing_pb.js";
export * from "./gen/imagegallery/v1/image_definition_service_pb.js";
export * from "./gen/imagegallery/v1/image_source_service_pb.js";
export * from "./gen/imagegallery/v1/image_version_service_pb.js";
export * from "./gen/imagegallery/v1/maintenance_service_pb.js";
export * from "./gen/imagegallery/v1/operation_metadata_pb.js";
export * from "./gen/imagegallery/v1/planning_service_pb.js";
export * from "./gen/imagegallery/v1/region_service_pb.js";
export * from "./gen/imagegallery/v1/replication_service_pb.js";
export * from "./gen/imagegallery/v1/shared_gallery_service_pb.js";
export * from "./gen/google/longrunning/operations_pb.js";
export * from "./gen/google/rpc/error_details_pb.js";
export * from "./gen/google/rpc/status_pb.js";
export * from "./client.js";
export * from "./errors.js";
export * from "./lro.js";
export * from "./names.js";
export * from "./paging.js";
export * from "./upload.js";
export type * from "./surface.js";
export * from "./watch.js";
