// A CKAN harvester on OKFN's own client (ckan.js, from the npm registry): it speaks to <base>/api/3/action/<name>
// with POST JSON bodies, as it does to any CKAN site. Usage: node ckan-harvest.cjs <base URL> [rows per page]
// Prints a JSON summary; any broken expectation exits non-zero with the reason.
'use strict';
const assert = require('node:assert/strict');
const CKAN = require('ckan');

const base = process.argv[2];
const rows = Number(process.argv[3] || 100);
const client = new CKAN.Client(base);

function action(name, data) {
  return new Promise((resolve, reject) => {
    client.action(name, data, (err, body) => {
      // ckan.js reports a non-200 answer as an error string but still hands over CKAN's envelope
      if (body && typeof body === 'object' && 'success' in body) resolve(body);
      else reject(new Error(`${name}: ${err || JSON.stringify(body)}`));
    });
  });
}

async function main() {
  const status = await action('status_show', {});
  assert.equal(status.success, true, 'status_show succeeds');
  assert.ok(status.result.ckan_version, 'status_show names a CKAN version');
  assert.ok(typeof status.help === 'string', 'the envelope has help');

  const list = await action('package_list', {});
  assert.equal(list.success, true);
  const names = list.result;
  assert.ok(names.length > 0, 'package_list lists datasets');

  // The harvester's loop: sorted by id, a page at a time, until a short page.
  const seen = new Map();
  let count = -1;
  for (let start = 0; ; start += rows) {
    const page = await action('package_search', { q: '*:*', rows, start, sort: 'id asc' });
    assert.equal(page.success, true, `package_search start=${start}`);
    count = page.result.count;
    for (const pkg of page.result.results) {
      assert.ok(!seen.has(pkg.id), `dataset ${pkg.name} seen twice`);
      seen.set(pkg.id, pkg.name);
    }
    if (page.result.results.length < rows) break;
  }
  assert.equal(seen.size, count, 'every dataset exactly once');
  assert.deepEqual([...seen.values()].sort(), [...names].sort(), 'package_search and package_list agree');
  const ids = [...seen.keys()];
  assert.deepEqual(ids, [...ids].sort(), 'ids ascending');

  // What a harvester stores from each package: CKAN's field names and types.
  let resources = 0;
  for (const name of names) {
    const shown = await action('package_show', { id: name });
    assert.equal(shown.success, true, `package_show ${name}`);
    const pkg = shown.result;
    assert.equal(pkg.name, name);
    for (const field of ['id', 'title', 'notes', 'license_id', 'metadata_created', 'metadata_modified', 'state', 'type']) {
      assert.equal(typeof pkg[field], 'string', `${name}.${field} is a string`);
    }
    assert.equal(pkg.type, 'dataset');
    assert.equal(pkg.state, 'active');
    assert.equal(typeof pkg.num_resources, 'number');
    assert.equal(typeof pkg.num_tags, 'number');
    assert.equal(typeof pkg.private, 'boolean');
    assert.ok(Array.isArray(pkg.tags) && pkg.tags.every(t => typeof t.name === 'string'), `${name}.tags`);
    assert.ok(Array.isArray(pkg.extras), `${name}.extras`);
    assert.equal(typeof pkg.organization, 'object');
    assert.equal(pkg.resources.length, pkg.num_resources);
    for (const resource of pkg.resources) {
      assert.equal(resource.package_id, pkg.id);
      assert.match(resource.url, /^https?:\/\//, `${resource.id} has an absolute url`);
      assert.equal(typeof resource.format, 'string');
      assert.equal(typeof resource.position, 'number');
      const again = await action('resource_show', { id: resource.id });
      assert.equal(again.result.url, resource.url);
      resources++;
    }
  }

  // A search with facets, as a portal's search page asks it.
  const faceted = await action('package_search', { q: '', rows: 0, 'facet.field': ['organization', 'res_format'],
    'facet.limit': 50, 'facet.mincount': 1 });
  assert.equal(faceted.success, true);
  assert.ok(faceted.result.search_facets.organization.items.length > 0, 'organization facet');
  assert.ok(faceted.result.search_facets.res_format.items.some(i => i.name === 'CSV'), 'CSV format facet');

  // CKAN's errors, as the client sees them.
  const missing = await action('package_show', { id: 'no-such-dataset' });
  assert.equal(missing.success, false);
  assert.equal(missing.error.__type, 'Not Found Error');
  const tooMany = await action('package_search', { rows: 1001 });
  assert.equal(tooMany.success, false);
  assert.equal(tooMany.error.__type, 'Validation Error');

  const organizations = await action('organization_list', { all_fields: true });
  assert.ok(organizations.result.length > 0, 'organization_list');

  console.log(JSON.stringify({ datasets: seen.size, pages: Math.ceil(seen.size / rows) || 1, resources,
    organizations: organizations.result.length }));
}

main().catch(e => { console.error(e.stack || String(e)); process.exit(1); });
