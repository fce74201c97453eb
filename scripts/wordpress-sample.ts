// npm run import:wordpress:sample -- <posts> <file.xml> [--uploads <dir>] [--every-image 5]
//
// Writes a WordPress export of the given number of made-up posts, for measuring the importer on an
// archive-sized file; with --uploads, also the uploads folder its featured images come from (one
// image for every fifth post by default).
import { parseArgs } from "node:util";
import { writeWordPressSample } from "./lib/wordpress-sample";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { uploads: { type: "string" }, "every-image": { type: "string", default: "5" } } });
const [countArg, file] = positionals;
const posts = Number(countArg);
const everyImage = Number(values["every-image"]);
if (!Number.isInteger(posts) || posts < 1 || !file || !Number.isInteger(everyImage) || everyImage < 1) {
  console.error("Usage: npm run import:wordpress:sample -- <posts> <file.xml> [--uploads <dir>] [--every-image 5]");
  process.exit(2);
}
const result = await writeWordPressSample({ posts, file, uploadsDir: values.uploads, everyImage });
console.log(`Wrote ${result.posts} posts with ${result.images} featured images to ${file}${values.uploads ? ` (images in ${values.uploads})` : ""}.`);
