import { NextResponse, type NextRequest } from "next/server";

/**
 * A path segment with broken percent-encoding (e.g. `/events/%ED%A0%80`) makes Next.js fail to decode
 * the route parameter and answer 500. Answer such addresses with a plain 400 before routing instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address contains malformed percent-encoding.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

// Only the routes with an id in the path decode a segment.
export const config = { matcher: ["/events/:path*", "/actors/:path*", "/sources/:path*", "/proposals/:path*"] };
