package gallery

import (
	"errors"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// ErrorDomain is the ErrorInfo domain of every error the service returns.
const ErrorDomain = "imagegallery.v1"

// ErrorReason values, from the generated enum: every error the service
// returns carries one in its ErrorInfo (compare with Reason or IsReason).
// pb.ErrorReason_ERROR_REASON_X.String() is the string the server sends.
type ErrorReason = pb.ErrorReason

// A few reasons callers commonly branch on; every other is in package
// imagegalleryv1 as ErrorReason_ERROR_REASON_*.
const (
	ReasonInvalidName          = pb.ErrorReason_ERROR_REASON_INVALID_NAME
	ReasonFieldRequired        = pb.ErrorReason_ERROR_REASON_FIELD_REQUIRED
	ReasonFieldInvalid         = pb.ErrorReason_ERROR_REASON_FIELD_INVALID
	ReasonResourceNotFound     = pb.ErrorReason_ERROR_REASON_RESOURCE_NOT_FOUND
	ReasonResourceExists       = pb.ErrorReason_ERROR_REASON_RESOURCE_ALREADY_EXISTS
	ReasonResourceHasChildren  = pb.ErrorReason_ERROR_REASON_RESOURCE_HAS_CHILDREN
	ReasonEtagMismatch         = pb.ErrorReason_ERROR_REASON_ETAG_MISMATCH
	ReasonQuotaExceeded        = pb.ErrorReason_ERROR_REASON_QUOTA_EXCEEDED
	ReasonRegionRemoval        = pb.ErrorReason_ERROR_REASON_REGION_REMOVAL_NOT_ALLOWED
	ReasonReplicationFailed    = pb.ErrorReason_ERROR_REASON_REPLICATION_FAILED
	ReasonNoLatestVersion      = pb.ErrorReason_ERROR_REASON_NO_LATEST_VERSION
	ReasonUploadOffsetMismatch = pb.ErrorReason_ERROR_REASON_UPLOAD_OFFSET_MISMATCH
	ReasonWatchCursorExpired   = pb.ErrorReason_ERROR_REASON_WATCH_CURSOR_EXPIRED
	ReasonWatchTooSlow         = pb.ErrorReason_ERROR_REASON_WATCH_TOO_SLOW

	// Identity and access: UNAUTHENTICATED for a token that is missing,
	// malformed, unknown, expired or revoked; PERMISSION_DENIED for a caller
	// without the role (or administrator rights) a call needs.
	ReasonTokenMissing          = pb.ErrorReason_ERROR_REASON_TOKEN_MISSING
	ReasonTokenMalformed        = pb.ErrorReason_ERROR_REASON_TOKEN_MALFORMED
	ReasonTokenUnknown          = pb.ErrorReason_ERROR_REASON_TOKEN_UNKNOWN
	ReasonTokenExpired          = pb.ErrorReason_ERROR_REASON_TOKEN_EXPIRED
	ReasonTokenRevoked          = pb.ErrorReason_ERROR_REASON_TOKEN_REVOKED
	ReasonAccessDenied          = pb.ErrorReason_ERROR_REASON_ACCESS_DENIED
	ReasonAdministratorRequired = pb.ErrorReason_ERROR_REASON_ADMINISTRATOR_REQUIRED
	ReasonLastAdministrator     = pb.ErrorReason_ERROR_REASON_LAST_ADMINISTRATOR
	ReasonRegionNotAllowlisted  = pb.ErrorReason_ERROR_REASON_REGION_NOT_ALLOWLISTED
	// NOT_FOUND to an administrator creating something in a subscription that
	// does not exist (CreateSubscription first); anyone else gets ReasonAccessDenied.
	ReasonSubscriptionNotFound = pb.ErrorReason_ERROR_REASON_SUBSCRIPTION_NOT_FOUND
)

// Error is every error the server answers, and every failed operation, as a
// type for errors.As (as azcore's ResponseError):
//
//	var e *gallery.Error
//	if errors.As(err, &e) && e.Reason == gallery.ReasonResourceNotFound { ... }
//
// Every call made through a Client returns one for a refusal of the server;
// it is also a gRPC status error, so status.Code(err) reads its code.
type Error struct {
	Code       codes.Code
	Message    string
	Reason     ErrorReason // ErrorReason_ERROR_REASON_UNSPECIFIED when none is known
	Info       *errdetails.ErrorInfo
	Violations []*errdetails.BadRequest_FieldViolation // the fields at fault, for bad input

	status *status.Status
}

// Error is the status's own text ("rpc error: code = … desc = …").
func (e *Error) Error() string { return e.status.Err().Error() }

// GRPCStatus is the status the server sent.
func (e *Error) GRPCStatus() *status.Status { return e.status }

// newError reads the rich error model of st.
func newError(st *status.Status) *Error {
	e := &Error{Code: st.Code(), Message: st.Message(), status: st}
	for _, d := range st.Details() {
		switch d := d.(type) {
		case *errdetails.ErrorInfo:
			if e.Info == nil {
				e.Info = d
			}
		case *errdetails.BadRequest:
			e.Violations = append(e.Violations, d.GetFieldViolations()...)
		}
	}
	e.Reason = ErrorReason(pb.ErrorReason_value[e.Info.GetReason()])
	return e
}

// typed is err as an *Error when it is a bare gRPC status error; any other
// err (nil, io.EOF, an *Error, a wrapped error) as it is.
func typed(err error) error {
	if _, done := err.(*Error); done {
		return err
	}
	if se, ok := err.(interface{ GRPCStatus() *status.Status }); ok && se.GRPCStatus().Code() != codes.OK {
		return newError(se.GRPCStatus())
	}
	return err
}

// Details reads the rich error model from err (a gRPC status error, possibly
// wrapped): the ErrorInfo reason (e.g. "ERROR_REASON_INVALID_NAME"; "" when
// none), the ErrorInfo itself, and every BadRequest field violation.
func Details(err error) (reason string, info *errdetails.ErrorInfo, violations []*errdetails.BadRequest_FieldViolation) {
	st, ok := statusOf(err)
	if !ok {
		return "", nil, nil
	}
	e := newError(st)
	return e.Info.GetReason(), e.Info, e.Violations
}

// Reason is the ErrorReason of err, ErrorReason_ERROR_REASON_UNSPECIFIED when
// it carries none the enum knows.
func Reason(err error) ErrorReason {
	reason, _, _ := Details(err)
	return ErrorReason(pb.ErrorReason_value[reason])
}

// IsReason reports whether err carries the given reason, named by the enum
// value (ReasonInvalidName) or its string ("ERROR_REASON_INVALID_NAME").
func IsReason[R ErrorReason | string](err error, reason R) bool {
	got, _, _ := Details(err)
	if got == "" {
		return false
	}
	switch r := any(reason).(type) {
	case ErrorReason:
		return got == r.String()
	case string:
		return got == r
	}
	return false
}

// statusOf finds a gRPC status in err's chain.
func statusOf(err error) (*status.Status, bool) {
	if err == nil {
		return nil, false
	}
	var se interface{ GRPCStatus() *status.Status }
	if errors.As(err, &se) {
		return se.GRPCStatus(), true
	}
	return nil, false
}
