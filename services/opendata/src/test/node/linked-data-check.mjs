// Validates the DCAT catalogs with real RDF processors: jsonld.js (expansion and RDF conversion in safe mode, which
// fails on any term, type or value it would have to drop) and N3.js (a strict Turtle parser). Every page of
// /catalog.jsonld (followed through hydra:next) must give the same triples as the same page of /catalog.ttl, and
// each dataset's own /dataset/{name}.jsonld must be valid too.
// Usage: node linked-data-check.mjs <base URL>. Prints a JSON summary; exits non-zero on the first problem.
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import N3 from 'n3';

const base = process.argv[2].replace(/\/$/, '');
const DCAT = 'http://www.w3.org/ns/dcat#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const HYDRA = 'http://www.w3.org/ns/hydra/core#';

async function fetchText(url, accept) {
  const response = await fetch(url, { headers: { Accept: accept } });
  assert.equal(response.status, 200, `${url} answers 200`);
  return response.text();
}

// No remote contexts: the catalogs declare theirs inline; anything else is an error.
const documentLoader = url => { throw new Error(`the document asks for a remote context: ${url}`); };

async function jsonLdQuads(url) {
  const document = JSON.parse(await fetchText(url, 'application/ld+json'));
  await jsonld.expand(document, { safe: true, documentLoader });
  const nquads = await jsonld.toRDF(document, { format: 'application/n-quads', safe: true, documentLoader });
  return new N3.Parser({ format: 'N-Quads' }).parse(nquads);
}

async function turtleQuads(url) {
  return new N3.Parser({ format: 'text/turtle', baseIRI: url }).parse(await fetchText(url, 'text/turtle'));
}

// Blank nodes are named differently by each processor: compare triples with blank nodes replaced by a marker, and
// each format's page naming itself (catalog.ttl?page=N in Turtle) as the JSON-LD page does.
const key = q => [q.subject, q.predicate, q.object]
  .map(t => t.termType === 'BlankNode' ? '_' : t.id.replace('/catalog.ttl', '/catalog.jsonld')).join(' ');
const multiset = quads => quads.map(key).sort();

function objects(quads, subject, predicate) {
  return quads.filter(q => (!subject || q.subject.value === subject) && q.predicate.value === predicate)
    .map(q => q.object.value);
}

async function main() {
  let page = `${base}/catalog.jsonld`;
  let pages = 0;
  let triples = 0;
  const datasets = [];
  while (page) {
    const quads = await jsonLdQuads(page);
    const turtle = await turtleQuads(page.replace('/catalog.jsonld', '/catalog.ttl'));
    assert.deepEqual(multiset(turtle), multiset(quads), `${page}: JSON-LD and Turtle give the same triples`);
    const catalogs = quads.filter(q => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Catalog`);
    assert.equal(catalogs.length, 1, `${page}: one dcat:Catalog`);
    const pageDatasets = objects(quads, catalogs[0].subject.value, `${DCAT}dataset`);
    for (const dataset of pageDatasets) {
      assert.ok(quads.some(q => q.subject.value === dataset && q.predicate.value === RDF_TYPE
        && q.object.value === `${DCAT}Dataset`), `${dataset} is a dcat:Dataset`);
      const distributions = objects(quads, dataset, `${DCAT}distribution`);
      assert.ok(distributions.length > 0, `${dataset} has distributions`);
      for (const distribution of distributions) {
        assert.ok(objects(quads, distribution, `${DCAT}accessURL`).length === 1, `${distribution} has an accessURL`);
      }
    }
    datasets.push(...pageDatasets);
    triples += quads.length;
    pages++;
    const next = objects(quads, null, `${HYDRA}next`);
    page = next.length ? next[0] : null;
    assert.ok(pages < 1000, 'paging ends');
  }
  assert.ok(datasets.length > 0, 'the catalog lists datasets');
  assert.equal(new Set(datasets).size, datasets.length, 'no dataset on two pages');

  // Each dataset's own document: valid JSON-LD, and the dataset it describes.
  const catalog = JSON.parse(await fetchText(`${base}/api/3/action/package_list`, 'application/json')).result;
  for (const name of catalog) {
    const quads = await jsonLdQuads(`${base}/dataset/${encodeURIComponent(name)}.jsonld`);
    assert.ok(quads.some(q => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Dataset`),
      `/dataset/${name}.jsonld describes a dcat:Dataset`);
  }
  console.log(JSON.stringify({ pages, datasets: datasets.length, triples, datasetDocuments: catalog.length }));
}

main().catch(e => { console.error(e.stack || String(e)); process.exit(1); });
