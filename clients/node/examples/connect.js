// Connects to the server and asks who the token belongs to.
//   IMAGEGALLERY_ADDRESS=127.0.0.1:50051 IMAGEGALLERY_TOKEN=<token> node examples/connect.js
import { createImageGalleryClient } from "imagegallery-client";

const client = createImageGalleryClient({
  address: process.env.IMAGEGALLERY_ADDRESS ?? "127.0.0.1:50051", // or "https://gallery.example.com"
  token: process.env.IMAGEGALLERY_TOKEN, // sent as "authorization: Bearer <token>"
  deadlineMs: 30_000, // the deadline of every unary call that gives none
});

const caller = await client.access.getCaller({});
console.log(`connected as ${caller.principal?.name} (administrator: ${caller.principal?.administrator})`);
client.close();
