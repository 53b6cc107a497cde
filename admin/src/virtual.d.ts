declare module 'virtual:bundled-schema' {
  const sdl: string;
  export default sdl;
}
