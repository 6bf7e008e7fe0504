// AccessService through the SDK, against the live server at $IMAGEGALLERY_ADDRESS,
// as the suite's principal (an administrator, $IMAGEGALLERY_TOKEN): a tenant of
// its own with a user and a group, subscriptions, a region allow-listed, a
// token used by a second client, a role given to the group and taken back,
// and the audit log of it all. The suite's own token and administrators are
// left alone: other suites share the server.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import {
  Code,
  createImageGalleryClient,
  ImageGalleryError,
  PermissionDeniedError,
  PrincipalType,
  Role,
  toImageGalleryError,
  UnauthenticatedError,
} from "../src/index.js";

const address = process.env.IMAGEGALLERY_ADDRESS;
const token = process.env.IMAGEGALLERY_TOKEN;
if (!address) throw new Error("IMAGEGALLERY_ADDRESS is not set: run the suite with a live server (make test-clients)");
const live = {};

/** Awaits a call that must fail; answers its typed error. */
async function refusal(call) {
  return call.then((res) => assert.fail(`expected a refusal, got ${JSON.stringify(res, (_, v) => (typeof v === "bigint" ? `${v}` : v))}`), toImageGalleryError);
}

/** Every item of a pager, across its pages. */
async function all(pager) {
  const items = [];
  for await (const item of pager) items.push(item);
  return items;
}

test("tenants, principals, tokens, roles and the audit log, through the SDK", live, async () => {
  assert.ok(token, "IMAGEGALLERY_TOKEN is not set: the server refuses calls without a token");
  const admin = createImageGalleryClient({ address, token, deadlineMs: 10_000 });
  const suffix = randomBytes(6).toString("hex");

  // The suite's own principal: an authenticated administrator.
  const me = await admin.access.getCaller({});
  assert.equal(me.authenticated, true);
  assert.equal(me.principal?.administrator, true);
  assert.match(me.principal?.name ?? "", /^tenants\/[^/]+\/principals\/[^/]+$/);
  assert.ok(me.principal?.name.startsWith(`${me.tenant}/`), `${me.principal?.name} is not of ${me.tenant}`);

  // A tenant of its own.
  const tenant = await admin.access.createTenant({ tenantId: `node-${suffix}`, tenant: { displayName: "Node suite" } });
  assert.equal(tenant.name, `tenants/node-${suffix}`);
  assert.equal(tenant.displayName, "Node suite");
  assert.ok(tenant.createTime);
  const tenants = await all(admin.listTenants());
  assert.ok(tenants.some((t) => t.name === tenant.name && t.displayName === "Node suite"));
  assert.ok(tenants.some((t) => t.name === me.tenant));

  // A user and a group in it.
  const user = await admin.access.createPrincipal({
    parent: tenant.name,
    principal: { type: PrincipalType.USER, displayName: "node user" },
  });
  assert.ok(user.name.startsWith(`${tenant.name}/principals/`));
  assert.equal(user.type, PrincipalType.USER);
  assert.equal(user.administrator, false);
  const group = await admin.access.createPrincipal({
    parent: tenant.name,
    principal: { type: PrincipalType.GROUP, displayName: "node readers" },
  });
  assert.equal(group.type, PrincipalType.GROUP);
  assert.deepEqual(group.members, []);
  assert.deepEqual(await admin.access.getPrincipal({ name: user.name }), user);
  const principals = await all(admin.listPrincipals({ parent: tenant.name }));
  assert.deepEqual(principals.map((p) => p.name).sort(), [user.name, group.name].sort());

  // Renamed, with a mask: only the display name changes.
  const renamed = await admin.access.updatePrincipal({
    principal: { name: user.name, displayName: "node user, renamed", administrator: true },
    updateMask: { paths: ["display_name"] },
  });
  assert.equal(renamed.displayName, "node user, renamed");
  assert.equal(renamed.administrator, false, "the mask left administrator out");
  assert.equal(renamed.type, PrincipalType.USER);

  // Two subscriptions: the user owns the first; nobody holds a role on the second.
  const owned = await admin.access.createSubscription({
    subscriptionId: `node-owned-${suffix}`,
    subscription: { tenant: tenant.name, displayName: "owned by the user" },
    owner: user.name,
  });
  assert.equal(owned.name, `/subscriptions/node-owned-${suffix}`);
  assert.equal(owned.tenant, tenant.name);
  assert.deepEqual(owned.allowedRegions, []);
  const shared = await admin.access.createSubscription({
    subscriptionId: `node-shared-${suffix}`,
    subscription: { tenant: tenant.name, displayName: "shared with the group" },
  });
  assert.deepEqual(await admin.access.getSubscription({ name: owned.name }), owned);
  const subscriptions = await all(admin.listSubscriptions());
  assert.ok(subscriptions.some((s) => s.name === owned.name) && subscriptions.some((s) => s.name === shared.name));
  const ownerRoles = (await admin.access.listRoleAssignments({ scope: owned.name })).roleAssignments;
  assert.deepEqual(ownerRoles.map((a) => [a.scope, a.principal, a.role]), [[owned.name, user.name, Role.OWNER]]);

  // Australia Central needs allow-listing; the subscription's owner (here an administrator) allows it.
  const regions = (await admin.regions.listRegions({})).regions;
  assert.deepEqual(
    regions.filter((r) => r.requiresAllowListing).map((r) => r.name).sort(),
    ["australiacentral", "australiacentral2"],
  );
  assert.equal((await admin.regions.getRegion({ name: "East US" })).requiresAllowListing, false);
  const allowed = await admin.access.allowRegion({ subscription: owned.name, region: "Australia Central" });
  assert.deepEqual(allowed.allowedRegions, ["australiacentral"]);
  assert.deepEqual((await admin.access.getSubscription({ name: owned.name })).allowedRegions, ["australiacentral"]);

  // The user joins the group.
  const joined = await admin.access.addGroupMember({ group: group.name, member: user.name });
  assert.deepEqual(joined.members, [user.name]);

  // A token for the user, used by a second client.
  const issued = await admin.access.createToken({ parent: user.name, ttl: { seconds: 3600n } });
  assert.ok(issued.secret, "no secret");
  assert.ok(issued.token?.name.startsWith(`${user.name}/tokens/`));
  assert.ok(issued.token?.expireTime && !issued.token.revokeTime);
  const asUser = createImageGalleryClient({ address, token: issued.secret, deadlineMs: 10_000 });
  const caller = await asUser.access.getCaller({});
  assert.equal(caller.principal?.name, user.name);
  assert.equal(caller.tenant, tenant.name);
  assert.equal(caller.authenticated, true);
  assert.deepEqual(caller.groups, [group.name]);
  assert.deepEqual(caller.roleAssignments.map((a) => [a.scope, a.role]), [[owned.name, Role.OWNER]]);
  assert.equal((await asUser.access.getSubscription({ name: owned.name })).name, owned.name);

  // Without a role on the second subscription, the user is refused there…
  const rg = `${shared.name}/resourceGroups/images`;
  const denied = await refusal(asUser.galleries.createGallery({ parent: rg, galleryId: "g", gallery: { location: "eastus" } }));
  assert.ok(denied instanceof PermissionDeniedError && denied instanceof ImageGalleryError);
  assert.equal(denied.code, Code.PermissionDenied);
  assert.equal(denied.codeName, "PermissionDenied");
  assert.equal(denied.reason, "ERROR_REASON_ACCESS_DENIED");
  assert.equal(denied.domain, "imagegallery.v1");
  assert.equal(denied.metadata.principal, user.name);
  const notAdmin = await refusal(asUser.access.listTenants({}));
  assert.equal(notAdmin.code, Code.PermissionDenied);
  assert.equal(notAdmin.reason, "ERROR_REASON_ADMINISTRATOR_REQUIRED");

  // …until its group is made a Reader there: then it reads, but still may not write.
  const assignment = await admin.access.createRoleAssignment({
    roleAssignment: { scope: shared.name, principal: group.name, role: Role.READER },
  });
  assert.ok(assignment.name.startsWith(`${shared.name}/providers/Microsoft.Authorization/roleAssignments/`));
  assert.deepEqual([assignment.scope, assignment.principal, assignment.role], [shared.name, group.name, Role.READER]);
  const assignments = (await admin.access.listRoleAssignments({ scope: shared.name })).roleAssignments;
  assert.deepEqual(assignments.map((a) => a.name), [assignment.name]);
  assert.equal((await asUser.access.getSubscription({ name: shared.name })).name, shared.name);
  assert.deepEqual((await asUser.galleries.listGalleries({ parent: rg })).galleries, []);
  assert.equal((await refusal(asUser.galleries.createGallery({ parent: rg, galleryId: "g", gallery: { location: "eastus" } }))).code, Code.PermissionDenied);

  // Taken back, and the user leaves the group: refused again.
  await admin.access.deleteRoleAssignment({ name: assignment.name });
  assert.deepEqual((await admin.access.listRoleAssignments({ scope: shared.name })).roleAssignments, []);
  const left = await admin.access.removeGroupMember({ group: group.name, member: user.name });
  assert.deepEqual(left.members, []);
  assert.deepEqual((await asUser.access.getCaller({})).groups, []);
  const again = await refusal(asUser.access.getSubscription({ name: shared.name }));
  assert.equal(again.code, Code.PermissionDenied);
  assert.equal(again.reason, "ERROR_REASON_ACCESS_DENIED");

  // The audit log of the second subscription: its creation, the refused writes
  // and the role's coming and going, newest first (reads are not audited).
  const records = (await admin.access.listAuditRecords({ scope: shared.name })).auditRecords;
  assert.deepEqual(
    records.map((r) => [r.principal, r.method.split("/").pop(), r.resource, r.outcome]),
    [
      [me.principal?.name, "DeleteRoleAssignment", shared.name, "OK"],
      [user.name, "CreateGallery", rg, "PERMISSION_DENIED"],
      [me.principal?.name, "CreateRoleAssignment", shared.name, "OK"],
      [user.name, "CreateGallery", rg, "PERMISSION_DENIED"],
      [me.principal?.name, "CreateSubscription", shared.name, "OK"],
    ],
  );
  assert.ok(records.every((r) => r.time && r.requestId));

  // The token is listed (never its secret), revoked, then refused.
  const tokens = (await admin.access.listTokens({ parent: user.name })).tokens;
  assert.deepEqual(tokens.map((t) => [t.name, Boolean(t.revokeTime)]), [[issued.token?.name, false]]);
  const revoked = await admin.access.revokeToken({ name: issued.token?.name ?? "" });
  assert.equal(revoked.name, issued.token?.name);
  assert.ok(revoked.revokeTime);
  const unauthenticated = await refusal(asUser.access.getCaller({}));
  assert.ok(unauthenticated instanceof UnauthenticatedError);
  assert.equal(unauthenticated.code, Code.Unauthenticated);
  assert.equal(unauthenticated.reason, "ERROR_REASON_TOKEN_REVOKED");
  assert.ok(!unauthenticated.message.includes(issued.secret), "the secret was echoed");
  assert.ok((await admin.access.listTokens({ parent: user.name })).tokens[0].revokeTime);

  // The suite's own token still works.
  assert.equal((await admin.access.getCaller({})).principal?.name, me.principal?.name);
});
