package imagegallery_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/durationpb"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

const roleAssignmentsSegment = "/providers/Microsoft.Authorization/roleAssignments/"

// TestAccess calls every RPC of the AccessService as the suite's principal, a
// server administrator: it makes a tenant of its own with two users and a
// group, a subscription owned by one user, and a token for the other, which
// it uses on a second connection to see what a role (held through the group)
// allows and what its absence refuses, before revoking that token. The
// suite's own token is never revoked and no administrator is demoted: other
// suites share the server.
func TestAccess(t *testing.T) {
	liveAddress(t)
	requireToken(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	admin := dialLive(t, ctx)
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	id := "go-" + randomHex(t)

	// Who the suite is: an authenticated administrator.
	self, err := admin.Access.GetCaller(ctx, &pb.GetCallerRequest{})
	must("GetCaller", err)
	me := self.GetPrincipal().GetName()
	if !self.GetAuthenticated() || !self.GetPrincipal().GetAdministrator() || self.GetTenant() == "" ||
		!strings.HasPrefix(me, self.GetTenant()+"/principals/") {
		t.Fatalf("GetCaller = %v; want an authenticated administrator, a principal of its tenant", self)
	}

	// A tenant, found again in the list.
	tenant, err := admin.Access.CreateTenant(ctx, &pb.CreateTenantRequest{TenantId: id, Tenant: &pb.Tenant{DisplayName: "Go suite " + id}})
	must("CreateTenant", err)
	if tenant.GetName() != "tenants/"+id || tenant.GetDisplayName() != "Go suite "+id || tenant.GetCreateTime() == nil {
		t.Fatalf("CreateTenant = %v; want tenants/%s named \"Go suite %s\", with a create time", tenant, id, id)
	}
	var listedTenant *pb.Tenant
	for pageToken, pages := "", 0; listedTenant == nil && pages < 100; pages++ {
		page, err := admin.Access.ListTenants(ctx, &pb.ListTenantsRequest{PageSize: 50, PageToken: pageToken})
		must("ListTenants", err)
		for _, tn := range page.GetTenants() {
			if tn.GetName() == tenant.GetName() {
				listedTenant = tn
			}
		}
		if pageToken = page.GetNextPageToken(); pageToken == "" {
			break
		}
	}
	if !proto.Equal(listedTenant, tenant) {
		t.Errorf("ListTenants listed %v; want %v", listedTenant, tenant)
	}

	// Its principals: the subscription's owner, a reader-to-be, a group.
	newPrincipal := func(kind pb.PrincipalType, name string) *pb.Principal {
		t.Helper()
		p, err := admin.Access.CreatePrincipal(ctx, &pb.CreatePrincipalRequest{
			Parent: tenant.GetName(), Principal: &pb.Principal{Type: kind, DisplayName: name},
		})
		must("CreatePrincipal "+name, err)
		if !strings.HasPrefix(p.GetName(), tenant.GetName()+"/principals/") || p.GetType() != kind ||
			p.GetDisplayName() != name || p.GetAdministrator() || len(p.GetMembers()) != 0 {
			t.Fatalf("CreatePrincipal = %v; want a %v of %s named %q, no administrator, no members", p, kind, tenant.GetName(), name)
		}
		return p
	}
	owner := newPrincipal(pb.PrincipalType_PRINCIPAL_TYPE_USER, "go owner")
	reader := newPrincipal(pb.PrincipalType_PRINCIPAL_TYPE_USER, "go reader")
	group := newPrincipal(pb.PrincipalType_PRINCIPAL_TYPE_GROUP, "go readers")

	got, err := admin.Access.GetPrincipal(ctx, &pb.GetPrincipalRequest{Name: reader.GetName()})
	must("GetPrincipal", err)
	if !proto.Equal(got, reader) {
		t.Errorf("GetPrincipal = %v; want %v", got, reader)
	}
	// Two pages of the tenant's three principals.
	var listed []string
	pageToken := ""
	for pages := 1; ; pages++ {
		page, err := admin.Access.ListPrincipals(ctx, &pb.ListPrincipalsRequest{Parent: tenant.GetName(), PageSize: 2, PageToken: pageToken})
		must("ListPrincipals", err)
		for _, p := range page.GetPrincipals() {
			listed = append(listed, p.GetName())
		}
		if pageToken = page.GetNextPageToken(); pageToken == "" || pages == 3 {
			if pages != 2 {
				t.Errorf("ListPrincipals gave %d pages of 2 for 3 principals; want 2", pages)
			}
			break
		}
	}
	slices.Sort(listed)
	want := []string{owner.GetName(), reader.GetName(), group.GetName()}
	slices.Sort(want)
	if !slices.Equal(listed, want) {
		t.Errorf("ListPrincipals(%s) = %v; want %v", tenant.GetName(), listed, want)
	}

	// The mask says what changes: the display name, not administrator.
	renamed, err := admin.Access.UpdatePrincipal(ctx, &pb.UpdatePrincipalRequest{
		Principal:  &pb.Principal{Name: reader.GetName(), DisplayName: "go reader (renamed)", Administrator: true},
		UpdateMask: &fieldmaskpb.FieldMask{Paths: []string{"display_name"}},
	})
	must("UpdatePrincipal", err)
	if renamed.GetName() != reader.GetName() || renamed.GetDisplayName() != "go reader (renamed)" || renamed.GetAdministrator() ||
		renamed.GetType() != pb.PrincipalType_PRINCIPAL_TYPE_USER {
		t.Fatalf("UpdatePrincipal(display_name) = %v; want %s renamed \"go reader (renamed)\", still a user and no administrator", renamed, reader.GetName())
	}

	joined, err := admin.Access.AddGroupMember(ctx, &pb.AddGroupMemberRequest{Group: group.GetName(), Member: reader.GetName()})
	must("AddGroupMember", err)
	if joined.GetName() != group.GetName() || !slices.Equal(joined.GetMembers(), []string{reader.GetName()}) {
		t.Errorf("AddGroupMember = %v; want %s with the member %s", joined, group.GetName(), reader.GetName())
	}

	// A subscription of the tenant, owned by the owner.
	subscription, err := admin.Access.CreateSubscription(ctx, &pb.CreateSubscriptionRequest{
		SubscriptionId: id, Owner: owner.GetName(),
		Subscription: &pb.Subscription{Tenant: tenant.GetName(), DisplayName: "Go suite subscription"},
	})
	must("CreateSubscription", err)
	sub := "/subscriptions/" + id
	if subscription.GetName() != sub || subscription.GetTenant() != tenant.GetName() ||
		subscription.GetDisplayName() != "Go suite subscription" || len(subscription.GetAllowedRegions()) != 0 {
		t.Fatalf("CreateSubscription = %v; want %s of %s, no region allowed", subscription, sub, tenant.GetName())
	}

	// Resources are made only in a subscription that exists: an administrator is
	// told how to create one, which without a tenant is the caller's tenant's.
	laterID := "go-" + randomHex(t)
	later := "/subscriptions/" + laterID
	inLater := &pb.CreateGalleryRequest{Parent: later + "/resourceGroups/rg", GalleryId: "g", Gallery: &pb.Gallery{Location: "eastus"}}
	_, err = admin.Galleries.CreateGallery(ctx, inLater)
	missing := wantRefusal(t, "CreateGallery in "+later, err, codes.NotFound, gallery.ReasonSubscriptionNotFound)
	if missing.GetMetadata()["resource"] != later || !strings.Contains(err.Error(), "CreateSubscription") {
		t.Errorf("CreateGallery in %s: %v (metadata %v); want the subscription named and CreateSubscription advised", later, err, missing.GetMetadata())
	}
	created, err := admin.Access.CreateSubscription(ctx, &pb.CreateSubscriptionRequest{SubscriptionId: laterID})
	must("CreateSubscription without a tenant", err)
	if created.GetName() != later || created.GetTenant() != self.GetTenant() {
		t.Errorf("CreateSubscription without a tenant = %v; want %s of the caller's tenant %s", created, later, self.GetTenant())
	}
	if _, err := admin.Galleries.CreateGallery(ctx, inLater); err != nil {
		t.Errorf("CreateGallery in %s once it exists: %v", later, err)
	}

	gotSub, err := admin.Access.GetSubscription(ctx, &pb.GetSubscriptionRequest{Name: sub})
	must("GetSubscription", err)
	if !proto.Equal(gotSub, subscription) {
		t.Errorf("GetSubscription = %v; want %v", gotSub, subscription)
	}
	var listedSub *pb.Subscription
	for pageToken, pages := "", 0; listedSub == nil && pages < 100; pages++ {
		page, err := admin.Access.ListSubscriptions(ctx, &pb.ListSubscriptionsRequest{PageSize: 50, PageToken: pageToken})
		must("ListSubscriptions", err)
		for _, s := range page.GetSubscriptions() {
			if s.GetName() == sub {
				listedSub = s
			}
		}
		if pageToken = page.GetNextPageToken(); pageToken == "" {
			break
		}
	}
	if !proto.Equal(listedSub, subscription) {
		t.Errorf("ListSubscriptions (an administrator's: every one) listed %v; want %v", listedSub, subscription)
	}

	// Allow-listing: only regions that need it, and then for good.
	_, err = admin.Access.AllowRegion(ctx, &pb.AllowRegionRequest{Subscription: sub, Region: "eastus"})
	wantRefusal(t, "AllowRegion(eastus)", err, codes.InvalidArgument, gallery.ReasonFieldInvalid)
	allowed, err := admin.Access.AllowRegion(ctx, &pb.AllowRegionRequest{Subscription: sub, Region: "Australia Central"})
	must("AllowRegion", err)
	if allowed.GetName() != sub || !slices.Equal(allowed.GetAllowedRegions(), []string{"australiacentral"}) {
		t.Errorf("AllowRegion(Australia Central) = %v; want %s allowing australiacentral", allowed, sub)
	}

	// A token for the reader, used on a connection of its own.
	issued, err := admin.Access.CreateToken(ctx, &pb.CreateTokenRequest{Parent: reader.GetName(), Ttl: durationpb.New(time.Hour)})
	must("CreateToken", err)
	token := issued.GetToken()
	if expires := time.Until(token.GetExpireTime().AsTime()); issued.GetSecret() == "" ||
		!strings.HasPrefix(token.GetName(), reader.GetName()+"/tokens/") || token.GetRevokeTime() != nil ||
		expires < 55*time.Minute || expires > 65*time.Minute {
		t.Fatalf("CreateToken(1h) = %v (a secret: %v); want a token of %s expiring in an hour, not revoked", token, issued.GetSecret() != "", reader.GetName())
	}
	if strings.Contains(token.GetName(), issued.GetSecret()) {
		t.Errorf("the token's name %s holds its secret", token.GetName())
	}
	tokens, err := admin.Access.ListTokens(ctx, &pb.ListTokensRequest{Parent: reader.GetName()})
	must("ListTokens", err)
	if len(tokens.GetTokens()) != 1 || !proto.Equal(tokens.GetTokens()[0], token) {
		t.Errorf("ListTokens(%s) = %v; want exactly %v", reader.GetName(), tokens, token)
	}
	as := dialAs(t, ctx, issued.GetSecret())
	caller, err := as.Access.GetCaller(ctx, &pb.GetCallerRequest{})
	must("GetCaller with the reader's token", err)
	if !caller.GetAuthenticated() || !proto.Equal(caller.GetPrincipal(), renamed) || caller.GetTenant() != tenant.GetName() ||
		!slices.Equal(caller.GetGroups(), []string{group.GetName()}) || len(caller.GetRoleAssignments()) != 0 {
		t.Fatalf("GetCaller with the reader's token = %v; want %v of %s, in the group %s, without roles",
			caller, renamed, tenant.GetName(), group.GetName())
	}
	self2, err := as.Access.GetPrincipal(ctx, &pb.GetPrincipalRequest{Name: reader.GetName()})
	must("GetPrincipal of itself", err)
	if !proto.Equal(self2, renamed) {
		t.Errorf("GetPrincipal of itself = %v; want %v", self2, renamed)
	}

	// Without a role it may not even read the subscription, nor manage identities.
	_, err = as.Access.GetSubscription(ctx, &pb.GetSubscriptionRequest{Name: sub})
	info := wantRefusal(t, "GetSubscription without a role", err, codes.PermissionDenied, gallery.ReasonAccessDenied)
	if info.GetMetadata()["principal"] != reader.GetName() || info.GetMetadata()["permission"] == "" {
		t.Errorf("the refusal's ErrorInfo metadata %v; want principal %s and the permission missing", info.GetMetadata(), reader.GetName())
	}
	_, err = as.Access.ListTenants(ctx, &pb.ListTenantsRequest{})
	wantRefusal(t, "ListTenants by a non-administrator", err, codes.PermissionDenied, gallery.ReasonAdministratorRequired)

	// The owner holds Owner on the subscription since its creation.
	assignments := func() []*pb.RoleAssignment {
		t.Helper()
		page, err := admin.Access.ListRoleAssignments(ctx, &pb.ListRoleAssignmentsRequest{Scope: sub})
		must("ListRoleAssignments", err)
		if page.GetNextPageToken() != "" {
			t.Errorf("ListRoleAssignments(%s) has more than one page: %v", sub, page)
		}
		return page.GetRoleAssignments()
	}
	initial := assignments()
	if len(initial) != 1 || initial[0].GetScope() != sub || initial[0].GetPrincipal() != owner.GetName() ||
		initial[0].GetRole() != pb.Role_ROLE_OWNER || !strings.HasPrefix(initial[0].GetName(), sub+roleAssignmentsSegment) {
		t.Errorf("ListRoleAssignments(%s) = %v; want the owner %s alone, as ROLE_OWNER", sub, initial, owner.GetName())
	}

	// Reader, for the group at the subscription: its member reads, but does not write.
	readers, err := admin.Access.CreateRoleAssignment(ctx, &pb.CreateRoleAssignmentRequest{
		RoleAssignment: &pb.RoleAssignment{Scope: sub, Principal: group.GetName(), Role: pb.Role_ROLE_READER},
	})
	must("CreateRoleAssignment", err)
	if readers.GetScope() != sub || readers.GetPrincipal() != group.GetName() || readers.GetRole() != pb.Role_ROLE_READER ||
		!strings.HasPrefix(readers.GetName(), sub+roleAssignmentsSegment) || readers.GetCreateTime() == nil {
		t.Fatalf("CreateRoleAssignment = %v; want ROLE_READER for %s at %s", readers, group.GetName(), sub)
	}
	if got := assignments(); len(got) != 2 || !slices.ContainsFunc(got, func(a *pb.RoleAssignment) bool { return proto.Equal(a, readers) }) {
		t.Errorf("ListRoleAssignments(%s) = %v; want the owner's and %v", sub, got, readers)
	}
	caller, err = as.Access.GetCaller(ctx, &pb.GetCallerRequest{})
	must("GetCaller with the reader's token", err)
	if len(caller.GetRoleAssignments()) != 1 || !proto.Equal(caller.GetRoleAssignments()[0], readers) {
		t.Errorf("GetCaller with the reader's token lists %v; want the group's %v", caller.GetRoleAssignments(), readers)
	}
	readable, err := as.Access.GetSubscription(ctx, &pb.GetSubscriptionRequest{Name: sub})
	must("GetSubscription as a Reader", err)
	if !proto.Equal(readable, allowed) {
		t.Errorf("GetSubscription as a Reader = %v; want %v", readable, allowed)
	}
	rg := sub + "/resourceGroups/access"
	_, err = as.Galleries.CreateGallery(ctx, &pb.CreateGalleryRequest{Parent: rg, GalleryId: "refused", Gallery: &pb.Gallery{Location: "eastus"}})
	wantRefusal(t, "CreateGallery as a Reader", err, codes.PermissionDenied, gallery.ReasonAccessDenied)

	// Deleted, the assignment gives nothing any more.
	_, err = admin.Access.DeleteRoleAssignment(ctx, &pb.DeleteRoleAssignmentRequest{Name: readers.GetName()})
	must("DeleteRoleAssignment", err)
	if got := assignments(); len(got) != 1 || !proto.Equal(got[0], initial[0]) {
		t.Errorf("ListRoleAssignments(%s) after the delete = %v; want %v alone", sub, got, initial)
	}
	_, err = as.Access.GetSubscription(ctx, &pb.GetSubscriptionRequest{Name: sub})
	wantRefusal(t, "GetSubscription once the role is deleted", err, codes.PermissionDenied, gallery.ReasonAccessDenied)

	left, err := admin.Access.RemoveGroupMember(ctx, &pb.RemoveGroupMemberRequest{Group: group.GetName(), Member: reader.GetName()})
	must("RemoveGroupMember", err)
	if left.GetName() != group.GetName() || len(left.GetMembers()) != 0 {
		t.Errorf("RemoveGroupMember = %v; want %s without members", left, group.GetName())
	}

	// The audit log of the subscription: its mutations and access changes,
	// allowed or refused, newest first.
	audit, err := admin.Access.ListAuditRecords(ctx, &pb.ListAuditRecordsRequest{Scope: sub})
	must("ListAuditRecords", err)
	type entry struct{ principal, method, resource, outcome string }
	var seen []entry
	for i, r := range audit.GetAuditRecords() {
		seen = append(seen, entry{r.GetPrincipal(), r.GetMethod()[strings.LastIndex(r.GetMethod(), "/")+1:], r.GetResource(), r.GetOutcome()})
		if r.GetTime() == nil || r.GetRequestId() == "" || !strings.HasPrefix(r.GetMethod(), "/imagegallery.v1.") {
			t.Errorf("audit record %v lacks a time, a request id or a full method name", r)
		}
		if i > 0 && r.GetTime().AsTime().After(audit.GetAuditRecords()[i-1].GetTime().AsTime()) {
			t.Errorf("audit records are not newest first: %v", audit.GetAuditRecords())
		}
	}
	wantSeen := []entry{
		{me, "DeleteRoleAssignment", sub, "OK"},
		{reader.GetName(), "CreateGallery", rg, "PERMISSION_DENIED"},
		{me, "CreateRoleAssignment", sub, "OK"},
		{me, "AllowRegion", sub, "OK"},
		{me, "AllowRegion", sub, "INVALID_ARGUMENT"},
		{me, "CreateSubscription", sub, "OK"},
	}
	if !slices.Equal(seen, wantSeen) {
		t.Errorf("ListAuditRecords(%s) = %v; want %v", sub, seen, wantSeen)
	}

	// The reader's token revoked: its calls are refused, and the list says so.
	revoked, err := admin.Access.RevokeToken(ctx, &pb.RevokeTokenRequest{Name: token.GetName()})
	must("RevokeToken", err)
	if revoked.GetName() != token.GetName() || revoked.GetRevokeTime() == nil {
		t.Errorf("RevokeToken = %v; want %s with a revoke time", revoked, token.GetName())
	}
	_, err = as.Access.GetCaller(ctx, &pb.GetCallerRequest{})
	wantRefusal(t, "GetCaller with a revoked token", err, codes.Unauthenticated, gallery.ReasonTokenRevoked)
	tokens, err = admin.Access.ListTokens(ctx, &pb.ListTokensRequest{Parent: reader.GetName()})
	must("ListTokens", err)
	if len(tokens.GetTokens()) != 1 || !proto.Equal(tokens.GetTokens()[0], revoked) {
		t.Errorf("ListTokens(%s) after the revocation = %v; want exactly %v", reader.GetName(), tokens, revoked)
	}

	// The suite's own token still works.
	if again, err := admin.Access.GetCaller(ctx, &pb.GetCallerRequest{}); err != nil || again.GetPrincipal().GetName() != me {
		t.Errorf("GetCaller with the suite's token after the revocation = %v, %v; want %s", again, err, me)
	}
}
