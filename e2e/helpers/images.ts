import sharp from "sharp";

/** A small real photo-like PNG, drawn here, with optional EXIF/GPS metadata to prove it is stripped. */
export async function testImage(format: "png" | "jpeg" = "png", withGps = false): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#1b3a4b"/><circle cx="320" cy="180" r="120" fill="#f49d37"/></svg>`;
  let image = sharp(Buffer.from(svg));
  if (withGps) image = image.withExif({ IFD0: { Make: "TestCam", Model: "Harbour 1" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" } });
  return format === "png" ? image.png().toBuffer() : image.jpeg().toBuffer();
}
