package gallery

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"time"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// UploadChunk is how many bytes UploadDisk sends a message (the server takes
// up to 4 MiB).
const UploadChunk = 1 << 20

// uploadAttempts bounds how often an upload reopens a broken WriteUpload.
const uploadAttempts = 5

// ErrRewind is what an upload from a plain io.Reader answers when a broken
// stream would need bytes it has read already: run it again with
// UploadOptions.Resume and a new reader of the same disk.
var ErrRewind = errors.New("gallery: the reader cannot be read again from an earlier offset")

// UploadOptions are the options of UploadFile and UploadReader; nil takes the defaults.
type UploadOptions struct {
	// Resume names an upload an earlier run created (and was interrupted in):
	// the upload goes on from the bytes the server holds, reading (to hash
	// them) but not sending the ones before. parent and location are then not used.
	Resume string
	// Progress, when set, is told the upload's name, the bytes done (sent,
	// skipped as zeros, or held by the server already) and the size: once
	// when the upload exists, then after each chunk.
	Progress func(upload string, done, size int64)
}

// UploadDisk uploads the size bytes of r as a disk in location, under parent
// ("/subscriptions/{s}/resourceGroups/{rg}"), and commits it with its sha256:
// the answer is the committed upload, whose name a SourceDisk takes. Chunks
// that are all zeros are not sent (the server keeps them as holes). A stream
// broken by UNAVAILABLE is resumed from the offset the server reports.
func UploadDisk(ctx context.Context, sources pb.ImageSourceServiceClient, parent, location string, r io.ReaderAt, size int64) (*pb.Upload, error) {
	return upload(ctx, sources, parent, location, r, size, nil)
}

// UploadDisk is the package function on this client's ImageSourceService.
func (c *Client) UploadDisk(ctx context.Context, parent, location string, r io.ReaderAt, size int64) (*pb.Upload, error) {
	return UploadDisk(ctx, c.Sources, parent, location, r, size)
}

// UploadFile is UploadReader of the file at path, read a chunk at a time.
func (c *Client) UploadFile(ctx context.Context, parent, location, path string, opts *UploadOptions) (*pb.Upload, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gallery: upload: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("gallery: upload: %w", err)
	}
	return upload(ctx, c.Sources, parent, location, f, info.Size(), opts)
}

// UploadReader is UploadDisk of the size bytes r streams, with options: it
// holds a chunk at a time, never the disk. An r that is an io.ReaderAt (a
// file) is read again where a broken stream needs it; a plain io.Reader is
// read once, so a broken stream that needs bytes already read fails with
// ErrRewind (resume it with UploadOptions.Resume).
func (c *Client) UploadReader(ctx context.Context, parent, location string, r io.Reader, size int64, opts *UploadOptions) (*pb.Upload, error) {
	at, ok := r.(io.ReaderAt)
	if !ok {
		at = &forwardReader{r: r}
	}
	return upload(ctx, c.Sources, parent, location, at, size, opts)
}

func upload(ctx context.Context, sources pb.ImageSourceServiceClient, parent, location string, r io.ReaderAt, size int64, opts *UploadOptions) (*pb.Upload, error) {
	if opts == nil {
		opts = &UploadOptions{}
	}
	up, err := startUpload(ctx, sources, parent, location, size, opts.Resume)
	if err != nil {
		return nil, err
	}
	w := &uploadWriter{sources: sources, name: up.GetName(), r: r, size: size, sum: sha256.New(), progress: opts.Progress}
	w.report(up.GetReceivedBytes())
	if up.GetState() != pb.UploadState_UPLOAD_STATE_COMMITTED {
		if err := w.write(ctx, up.GetReceivedBytes()); err != nil {
			return nil, err
		}
	}
	if err := w.hashTo(size); err != nil {
		return nil, fmt.Errorf("gallery: upload %s: %w", w.name, err)
	}
	committed, err := sources.CommitUpload(ctx, &pb.CommitUploadRequest{
		Name: w.name, SizeBytes: size, Sha256: hex.EncodeToString(w.sum.Sum(nil)), RequestId: NewRequestID(),
	})
	if err != nil {
		return nil, fmt.Errorf("gallery: commit upload %s: %w", w.name, err)
	}
	return committed, nil
}

// startUpload creates an upload of size bytes, or reads the one resume names.
func startUpload(ctx context.Context, sources pb.ImageSourceServiceClient, parent, location string, size int64, resume string) (*pb.Upload, error) {
	if resume == "" {
		up, err := sources.CreateUpload(ctx, &pb.CreateUploadRequest{
			Parent: parent, Upload: &pb.Upload{Location: location, SizeBytes: size}, RequestId: NewRequestID(),
		})
		if err != nil {
			return nil, fmt.Errorf("gallery: create upload: %w", err)
		}
		return up, nil
	}
	up, err := sources.GetUpload(ctx, &pb.GetUploadRequest{Name: resume})
	if err != nil {
		return nil, fmt.Errorf("gallery: resume upload: %w", err)
	}
	if up.GetSizeBytes() != size {
		return nil, fmt.Errorf("gallery: upload %s was declared with %d bytes, but the disk has %d", resume, up.GetSizeBytes(), size)
	}
	return up, nil
}

// write sends [start, size), reopening a broken stream from the offset the
// server then holds.
func (w *uploadWriter) write(ctx context.Context, start int64) error {
	b := newBackoff(200*time.Millisecond, 5*time.Second, 2)
	for attempt := 1; ; attempt++ {
		err := w.writeFrom(ctx, start)
		if err == nil {
			return nil
		}
		if !uploadResumable(err) || attempt >= uploadAttempts || !b.sleep(ctx) {
			return fmt.Errorf("gallery: write upload %s: %w", w.name, err)
		}
		up, err := w.sources.GetUpload(ctx, &pb.GetUploadRequest{Name: w.name})
		if err != nil {
			return fmt.Errorf("gallery: resume upload %s: %w", w.name, err)
		}
		start = up.GetReceivedBytes()
	}
}

type uploadWriter struct {
	sources  pb.ImageSourceServiceClient
	name     string
	r        io.ReaderAt
	size     int64
	sum      hash.Hash
	hashed   int64 // bytes [0, hashed) are in sum
	progress func(upload string, done, size int64)
}

func (w *uploadWriter) report(done int64) {
	if w.progress != nil {
		w.progress(w.name, done, w.size)
	}
}

// hashTo reads and hashes the bytes [hashed, end) not yet hashed (those the
// server held already), a chunk at a time.
func (w *uploadWriter) hashTo(end int64) error {
	buf := make([]byte, UploadChunk)
	for w.hashed < end {
		chunk := buf[:min(int64(len(buf)), end-w.hashed)]
		if err := readFull(w.r, chunk, w.hashed); err != nil {
			return err
		}
		w.sum.Write(chunk)
		w.hashed += int64(len(chunk))
	}
	return nil
}

func readFull(r io.ReaderAt, buf []byte, off int64) error {
	if n, err := r.ReadAt(buf, off); n < len(buf) {
		if err == nil || errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return fmt.Errorf("reading at %d: %w", off, err)
	}
	return nil
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
	if err := w.hashTo(start); err != nil {
		return err
	}
	end := start // the end of the last bytes sent
	for off := start; off < w.size; {
		next := min((off/UploadChunk+1)*UploadChunk, w.size)
		buf := make([]byte, next-off) // a fresh buffer: a sent message must not change
		if err := readFull(w.r, buf, off); err != nil {
			return err
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
		w.report(off)
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

// uploadResumable: the stream broke, or the server holds other bytes than the
// writer thought; the server says where to go on from.
func uploadResumable(err error) bool {
	return resumable(err) || IsReason(err, ReasonUploadOffsetMismatch)
}

// forwardReader reads an io.Reader as an io.ReaderAt whose reads only go
// forward; bytes passed over are read and dropped.
type forwardReader struct {
	r   io.Reader
	pos int64
}

func (f *forwardReader) ReadAt(p []byte, off int64) (int, error) {
	if off < f.pos {
		return 0, ErrRewind
	}
	skipped, err := io.CopyN(io.Discard, f.r, off-f.pos)
	f.pos += skipped
	if err != nil {
		return 0, err
	}
	n, err := io.ReadFull(f.r, p)
	f.pos = off + int64(n)
	return n, err
}
