// The generated contract of imagegallery.v1; use it with @connectrpc/connect's
// createClient and @connectrpc/connect-node's createGrpcTransport.
export * from "./gen/imagegallery/v1/common_pb.js";
export * from "./gen/imagegallery/v1/error_reason_pb.js";
export * from "./gen/imagegallery/v1/gallery_service_pb.js";
export * from "./gen/imagegallery/v1/image_definition_service_pb.js";
export * from "./gen/imagegallery/v1/operation_metadata_pb.js";
export * from "./gen/imagegallery/v1/region_service_pb.js";
export * from "./gen/google/rpc/error_details_pb.js";
