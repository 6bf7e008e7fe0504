// Package gallery is the hand-written part of the imagegallery Go SDK, shaped
// like Azure's (armcompute): a client constructed in one call with sane
// defaults, calls by resource ids (Client.Subscription), long operations as
// pollers (BeginCreateImageVersion, Poller), lists as pagers and iterators
// (NewListImageVersionsPager, ListImageVersions), one error type (Error),
// resumable disk uploads (UploadFile) and a replication watch that survives
// disconnects (Watch).
//
//	c, err := gallery.Dial(ctx, "127.0.0.1:50051", gallery.WithToken(os.Getenv("IMAGEGALLERY_TOKEN")))
//	if err != nil { ... }
//	defer c.Close()
//	g, err := c.Subscription("demo").GetGallery(ctx, "images", "myGallery")
//	g, err = c.Galleries.GetGallery(ctx, &pb.GetGalleryRequest{Name: gallery.GalleryID("demo", "images", "myGallery")})
//
// Every unary call made through a Client gets a deadline when its context has
// none (WithDefaultTimeout), and is retried with backoff on UNAVAILABLE when
// it is safe to: reads (Get*, List*, WaitOperation, the PlanningService), and
// writes that carry a request_id. Writes with a request_id field left empty are
// given a fresh one, so that a retry is answered from the server's record of
// the first attempt instead of being applied twice.
package gallery

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"time"

	"cloud.google.com/go/longrunning/autogen/longrunningpb"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/keepalive"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// Defaults used by Dial unless an Option changes them.
const (
	DefaultTimeout     = 30 * time.Second
	DefaultMaxAttempts = 5
)

// Client holds one connection and the generated client of every service.
type Client struct {
	Galleries   pb.GalleryServiceClient
	Definitions pb.ImageDefinitionServiceClient
	Sources     pb.ImageSourceServiceClient
	Versions    pb.ImageVersionServiceClient
	Replication pb.ReplicationServiceClient
	Operations  longrunningpb.OperationsClient
	Regions     pb.RegionServiceClient
	Planning    pb.PlanningServiceClient
	Maintenance pb.MaintenanceServiceClient
	Access      pb.AccessServiceClient
	Shared      pb.SharedGalleryServiceClient

	conn *grpc.ClientConn
}

// Option configures Dial.
type Option func(*config)

type config struct {
	token          string
	tls            *tls.Config
	timeout        time.Duration
	retry          RetryPolicy
	autoRequestIDs bool
	dialOptions    []grpc.DialOption
}

// RetryPolicy says how often and how patiently a safe call is retried on
// UNAVAILABLE: the wait starts at Initial, is multiplied by Multiplier after
// each attempt up to Max, and is jittered by ±20%.
type RetryPolicy struct {
	MaxAttempts int // including the first; 1 disables retries
	Initial     time.Duration
	Max         time.Duration
	Multiplier  float64
}

// DefaultRetryPolicy is what Dial uses unless WithRetry says otherwise.
var DefaultRetryPolicy = RetryPolicy{MaxAttempts: DefaultMaxAttempts, Initial: 100 * time.Millisecond, Max: 5 * time.Second, Multiplier: 2}

// WithToken sends "authorization: Bearer <token>" with every call (the server
// refuses every call but health and reflection without one, unless it runs
// with --auth none); an empty token sends none. It is allowed over plaintext
// connections too, for local use; prefer WithTLS anywhere else.
func WithToken(token string) Option { return func(c *config) { c.token = token } }

// WithTLS connects over TLS with the given configuration (root CAs, client
// certificates, server name). Without it, Dial connects in plaintext.
func WithTLS(cfg *tls.Config) Option { return func(c *config) { c.tls = cfg } }

// WithTLSFiles connects over TLS trusting the PEM roots in caFile (the system
// roots when empty) and, when certFile and keyFile are given, presenting that
// client certificate.
func WithTLSFiles(caFile, certFile, keyFile string) (Option, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if caFile != "" {
		pem, err := os.ReadFile(caFile)
		if err != nil {
			return nil, fmt.Errorf("gallery: reading CA file: %w", err)
		}
		cfg.RootCAs = x509.NewCertPool()
		if !cfg.RootCAs.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("gallery: no PEM certificates in %s", caFile)
		}
	}
	if certFile != "" || keyFile != "" {
		cert, err := tls.LoadX509KeyPair(certFile, keyFile)
		if err != nil {
			return nil, fmt.Errorf("gallery: loading client certificate: %w", err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return WithTLS(cfg), nil
}

// WithRootCAs connects over TLS trusting pool.
func WithRootCAs(pool *x509.CertPool) Option {
	return WithTLS(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12})
}

// WithDefaultTimeout sets the deadline given to unary calls whose context has
// none (default DefaultTimeout); 0 leaves such calls without one.
func WithDefaultTimeout(d time.Duration) Option { return func(c *config) { c.timeout = d } }

// WithRetry replaces DefaultRetryPolicy.
func WithRetry(p RetryPolicy) Option { return func(c *config) { c.retry = p } }

// WithoutAutoRequestIDs stops Dial's client from filling empty request_id
// fields; writes without one are then never retried.
func WithoutAutoRequestIDs() Option { return func(c *config) { c.autoRequestIDs = false } }

// WithDialOptions passes extra options to grpc.NewClient, after Dial's own.
func WithDialOptions(opts ...grpc.DialOption) Option {
	return func(c *config) { c.dialOptions = append(c.dialOptions, opts...) }
}

// Keepalive is what Dial's client uses: a ping after 30 s without activity,
// only while calls are open. The server refuses pings more often than every
// 10 s (too_many_pings), so this stays well clear of it.
var Keepalive = keepalive.ClientParameters{Time: 30 * time.Second, Timeout: 10 * time.Second, PermitWithoutStream: false}

// Dial makes a client for the server at address ("host:port"). It does not
// wait for the connection: the first call does. ctx bounds nothing today
// and is taken for symmetry with the calls; a cancelled ctx fails Dial.
func Dial(ctx context.Context, address string, opts ...Option) (*Client, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cfg := config{timeout: DefaultTimeout, retry: DefaultRetryPolicy, autoRequestIDs: true}
	for _, o := range opts {
		o(&cfg)
	}
	transport := insecure.NewCredentials()
	if cfg.tls != nil {
		transport = credentials.NewTLS(cfg.tls)
	}
	dialOpts := []grpc.DialOption{
		grpc.WithTransportCredentials(transport),
		grpc.WithKeepaliveParams(Keepalive),
		grpc.WithChainUnaryInterceptor(
			// Outermost first: the answer typed, one deadline covering every
			// attempt, and every attempt carrying the same request_id.
			typedErrorInterceptor,
			timeoutInterceptor(cfg.timeout),
			requestIDInterceptor(cfg.autoRequestIDs),
			retryInterceptor(cfg.retry),
		),
		grpc.WithChainStreamInterceptor(typedErrorStreamInterceptor),
	}
	if cfg.token != "" {
		dialOpts = append(dialOpts, grpc.WithPerRPCCredentials(bearer{token: cfg.token}))
	}
	dialOpts = append(dialOpts, cfg.dialOptions...)
	conn, err := grpc.NewClient(address, dialOpts...)
	if err != nil {
		return nil, fmt.Errorf("gallery: dial %q: %w", address, err)
	}
	return NewClient(conn), nil
}

// NewClient wraps a connection made elsewhere; the defaults of Dial (deadline,
// retries, keepalive, token) are then the caller's business.
func NewClient(conn *grpc.ClientConn) *Client {
	return &Client{
		Galleries:   pb.NewGalleryServiceClient(conn),
		Definitions: pb.NewImageDefinitionServiceClient(conn),
		Sources:     pb.NewImageSourceServiceClient(conn),
		Versions:    pb.NewImageVersionServiceClient(conn),
		Replication: pb.NewReplicationServiceClient(conn),
		Operations:  longrunningpb.NewOperationsClient(conn),
		Regions:     pb.NewRegionServiceClient(conn),
		Planning:    pb.NewPlanningServiceClient(conn),
		Maintenance: pb.NewMaintenanceServiceClient(conn),
		Access:      pb.NewAccessServiceClient(conn),
		Shared:      pb.NewSharedGalleryServiceClient(conn),
		conn:        conn,
	}
}

// Conn is the underlying connection.
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Close closes the connection; calls in flight fail with CANCELED.
func (c *Client) Close() error {
	if c.conn == nil {
		return errors.New("gallery: client has no connection")
	}
	return c.conn.Close()
}

// bearer is per-RPC credentials sending a bearer token.
type bearer struct{ token string }

func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + b.token}, nil
}

// RequireTransportSecurity is false so that a token works against a local
// plaintext server too.
func (b bearer) RequireTransportSecurity() bool { return false }
