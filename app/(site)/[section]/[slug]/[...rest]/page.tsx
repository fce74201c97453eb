// Deeper paths than any page of ours: an imported site's old addresses ("/2024/03/15/harbour-lights/"),
// each a permanent redirect to its story, or a 404.
import { oldAddressOrNotFound } from "../addresses";

type Props = PageProps<"/[section]/[slug]/[...rest]">;

async function load(params: Props["params"]): Promise<never> {
  const { section, slug, rest } = await params;
  return oldAddressOrNotFound(`/${[section, slug, ...rest].join("/")}`);
}

export async function generateMetadata({ params }: Props) {
  return load(params);
}

export default async function OldAddressPage({ params }: Props) {
  return load(params);
}
