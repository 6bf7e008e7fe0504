package gallery

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// UploadChunk is how many bytes UploadDisk sends a message (the server takes
// up to 4 MiB).
const UploadChunk = 1 << 20

// uploadAttempts bounds how often UploadDisk reopens a broken WriteUpload.
const uploadAttempts = 5

// UploadDisk uploads the size bytes of r as a disk in location, under parent
// ("/subscriptions/{s}/resourceGroups/{rg}"), and commits it with its sha256:
// the answer is the committed upload, whose name a SourceDisk takes. Chunks
// that are all zeros are not sent (the server keeps them as holes). A stream
// broken by UNAVAILABLE is resumed from the offset the server reports.
func UploadDisk(ctx context.Context, sources pb.ImageSourceServiceClient, parent, location string, r io.ReaderAt, size int64) (*pb.Upload, error) {
	up, err := sources.CreateUpload(ctx, &pb.CreateUploadRequest{
		Parent: parent, Upload: &pb.Upload{Location: location, SizeBytes: size}, RequestId: NewRequestID(),
	})
	if err != nil {
		return nil, fmt.Errorf("gallery: create upload: %w", err)
	}
	w := &uploadWriter{sources: sources, name: up.GetName(), r: r, size: size, sum: sha256.New()}
	b := newBackoff(200*time.Millisecond, 5*time.Second, 2)
	for attempt := 1; ; attempt++ {
		err = w.writeFrom(ctx, up.GetReceivedBytes())
		if err == nil {
			break
		}
		if status.Code(err) != codes.Unavailable || attempt >= uploadAttempts || !b.sleep(ctx) {
			return nil, fmt.Errorf("gallery: write upload %s: %w", w.name, err)
		}
		if up, err = sources.GetUpload(ctx, &pb.GetUploadRequest{Name: w.name}); err != nil {
			return nil, fmt.Errorf("gallery: resume upload %s: %w", w.name, err)
		}
	}
	if w.hashed != size {
		return nil, fmt.Errorf("gallery: upload %s: hashed %d of %d bytes", w.name, w.hashed, size)
	}
	committed, err := sources.CommitUpload(ctx, &pb.CommitUploadRequest{
		Name: w.name, SizeBytes: size, Sha256: hex.EncodeToString(w.sum.Sum(nil)), RequestId: NewRequestID(),
	})
	if err != nil {
		return nil, fmt.Errorf("gallery: commit upload %s: %w", w.name, err)
	}
	return committed, nil
}

// UploadDisk is the package function on this client's ImageSourceService.
func (c *Client) UploadDisk(ctx context.Context, parent, location string, r io.ReaderAt, size int64) (*pb.Upload, error) {
	return UploadDisk(ctx, c.Sources, parent, location, r, size)
}

type uploadWriter struct {
	sources pb.ImageSourceServiceClient
	name    string
	r       io.ReaderAt
	size    int64
	sum     hash.Hash
	hashed  int64 // bytes [0, hashed) are in sum
}

// writeFrom streams [start, size) in one WriteUpload call.
func (w *uploadWriter) writeFrom(ctx context.Context, start int64) error {
	stream, err := w.sources.WriteUpload(ctx)
	if err != nil {
		return err
	}
	first := true
	send := func(offset int64, data []byte) error {
		req := &pb.WriteUploadRequest{Offset: offset, Data: data}
		if first {
			req.Name, first = w.name, false
		}
		return stream.Send(req)
	}
	end := start // the end of the last bytes sent
	for off := start; off < w.size; {
		next := min((off/UploadChunk+1)*UploadChunk, w.size)
		buf := make([]byte, next-off) // a fresh buffer: a sent message must not change
		if n, err := w.r.ReadAt(buf, off); n < len(buf) {
			if err == nil || errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return fmt.Errorf("reading at %d: %w", off, err)
		}
		if off+int64(len(buf)) > w.hashed {
			w.sum.Write(buf[w.hashed-min(w.hashed, off):])
			w.hashed = next
		}
		if !allZero(buf) {
			if err := send(off, buf); err != nil {
				break // the server ended the stream: its answer says why
			}
			end = next
		}
		off = next
	}
	if end < w.size || first {
		// Skipped zeros at the end (or nothing to send): an empty write at
		// the end moves the received offset there.
		_ = send(w.size, nil)
	}
	answer, err := stream.CloseAndRecv()
	if err != nil {
		return err
	}
	if answer.GetReceivedBytes() != w.size {
		return fmt.Errorf("the server holds %d of %d bytes", answer.GetReceivedBytes(), w.size)
	}
	return nil
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
