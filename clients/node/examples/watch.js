// Watches the replication of everything in a scope — a subscription, resource
// group, gallery, image definition or version — live, until a version is
// Completed in every region.
//   node examples/watch.js /subscriptions/<subscription>
import {
  AggregatedReplicationState,
  createImageGalleryClient,
  ReplicationState,
  watchReplication,
} from "imagegallery-client";

const client = createImageGalleryClient({ address: process.env.IMAGEGALLERY_ADDRESS, token: process.env.IMAGEGALLERY_TOKEN });

// The watch resumes by itself after a dropped connection or a server restart.
for await (const message of watchReplication(client, { scope: process.argv[2], sendInitialState: true })) {
  if (message.event.case !== "change") continue; // a checkpoint: nothing changed up to message.cursor
  const { imageVersion, status } = message.event.value;
  const regions = status?.summary.map((r) => `${r.region} ${ReplicationState[r.state]} ${r.progress}%`);
  console.log(`${imageVersion.split("/").at(-1)} ${AggregatedReplicationState[status?.aggregatedState ?? 0]}: ${regions?.join(", ")}`);
  if (status?.aggregatedState === AggregatedReplicationState.COMPLETED) break; // ends the stream
}
client.close();
