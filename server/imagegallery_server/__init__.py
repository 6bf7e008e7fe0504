"""imagegallery: a self-hosted gRPC service that does what Azure Shared Image Gallery does."""
